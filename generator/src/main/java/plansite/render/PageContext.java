package plansite.render;

import java.util.Map;
import java.util.Optional;
import plansite.model.Atlas;
import plansite.model.Plan;

/**
 * What the page kinds share: the plan, its atlas, the page frame, the tables laid out in HTML, the
 * templates' words for what Java writes, the size of each download (the pages list them with their sizes),
 * and where parts of pages may come from earlier work.
 */
record PageContext(Plan plan, Optional<Atlas> atlas, PageFrame frame, TableHtml tables, Words words,
        Map<String, Integer> downloadSizes, Layouts layouts) {
    PageContext {
        downloadSizes = Map.copyOf(downloadSizes);
    }
}
