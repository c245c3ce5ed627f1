package plansite.model;

import java.util.List;
import plansite.diag.SourcePos;

/** One chapter in one language, parsed from {@code content/<lang>/<id>.md}. */
public record Chapter(
        String id,
        String lang,
        int order,
        String title,
        String leadText,
        List<Section> sections,
        List<BodyPart> body,
        List<LinkRef> links,
        String contentHash,
        Translation translation,
        SourcePos pos) {

    public Chapter {
        sections = List.copyOf(sections);
        body = List.copyOf(body);
        links = List.copyOf(links);
    }

    /** The plain text of a section, or of the lead before the first heading when {@code sectionId} is null. */
    public java.util.Optional<String> text(String sectionId) {
        if (sectionId == null) {
            return java.util.Optional.of(leadText);
        }
        return sections.stream().filter(s -> s.id().equals(sectionId)).map(Section::text).findFirst();
    }

    /** Section ids in order. */
    public List<String> sectionIds() {
        return sections.stream().map(Section::id).toList();
    }

    public java.util.Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    public List<BodyPart.TablePlacement> tablePlacements() {
        return body.stream()
                .filter(BodyPart.TablePlacement.class::isInstance)
                .map(BodyPart.TablePlacement.class::cast)
                .toList();
    }
}
