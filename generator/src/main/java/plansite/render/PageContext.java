package plansite.render;

import java.util.Map;
import java.util.Optional;
import plansite.model.Atlas;
import plansite.model.Plan;

/**
 * What the page kinds share: the plan, its atlas, the page frame, the tables laid out in HTML, the
 * templates' words for what Java writes, and the size of each download (the pages list them with their sizes).
 */
record PageContext(Plan plan, Optional<Atlas> atlas, PageFrame frame, TableHtml tables, Words words,
        Map<String, Integer> downloadSizes) {
    PageContext {
        downloadSizes = Map.copyOf(downloadSizes);
    }
}
