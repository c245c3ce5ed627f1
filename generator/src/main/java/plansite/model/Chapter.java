package plansite.model;

import java.util.List;
import plansite.diag.SourcePos;

/** One chapter in one language, parsed from {@code content/<lang>/<id>.md}. */
public record Chapter(
        String id,
        String lang,
        int order,
        String title,
        List<Section> sections,
        List<BodyPart> body,
        List<LinkRef> links,
        SourcePos pos) {

    public Chapter {
        sections = List.copyOf(sections);
        body = List.copyOf(body);
        links = List.copyOf(links);
    }

    public List<BodyPart.TablePlacement> tablePlacements() {
        return body.stream()
                .filter(BodyPart.TablePlacement.class::isInstance)
                .map(BodyPart.TablePlacement.class::cast)
                .toList();
    }
}
