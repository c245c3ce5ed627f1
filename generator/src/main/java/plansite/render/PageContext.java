package plansite.render;

import java.util.Map;
import java.util.Optional;
import plansite.model.Atlas;
import plansite.model.Plan;

/**
 * What the page kinds share: the plan, its atlas, the page frame, the tables laid out in HTML, and
 * the size of each download (the pages list them with their sizes).
 */
record PageContext(Plan plan, Optional<Atlas> atlas, PageFrame frame, TableHtml tables,
        Map<String, Integer> downloadSizes) {
    PageContext {
        downloadSizes = Map.copyOf(downloadSizes);
    }
}
