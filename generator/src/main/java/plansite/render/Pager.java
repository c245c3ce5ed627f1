package plansite.render;

import java.util.List;
import java.util.function.Function;

/**
 * The previous and next page of a page among the pages of its kind (tables, maps, counties), in the order
 * the kind gives its routes: worked out here, once, so that every page of a kind agrees and no script has
 * to. Either link is null at an end.
 */
public record Pager(Views.Link previous, Views.Link next) {

    /**
     * The neighbours of {@code items.get(index)}, linked from {@code fromPath}: {@code path} gives an item's
     * site path, {@code text} its title.
     */
    static <T> Pager of(List<T> items, int index, String fromPath, Function<T, String> path, Function<T, String> text) {
        return new Pager(index > 0 ? link(items.get(index - 1), fromPath, path, text) : null,
                index + 1 < items.size() ? link(items.get(index + 1), fromPath, path, text) : null);
    }

    private static <T> Views.Link link(T item, String fromPath, Function<T, String> path, Function<T, String> text) {
        return new Views.Link(text.apply(item), Paths.link(fromPath, path.apply(item)));
    }
}
