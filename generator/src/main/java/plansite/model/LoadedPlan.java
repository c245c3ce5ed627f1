package plansite.model;

import java.util.List;
import java.util.Optional;

/**
 * The plan as the pages are made from it: loaded, validated and checked, with its atlas when the
 * project has maps (a {@code data/geo/} folder), and the asset files published beside the pages.
 */
public record LoadedPlan(Plan plan, Optional<Atlas> atlas, List<Asset> assets) {
    public LoadedPlan {
        assets = List.copyOf(assets);
    }
}
