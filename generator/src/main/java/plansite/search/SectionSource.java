package plansite.search;

import java.util.ArrayList;
import java.util.List;
import plansite.model.Chapter;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.Section;

/** Every section of every chapter, one document each (its own paragraphs), and each chapter's lead. */
final class SectionSource implements SearchSource {
    @Override
    public List<SearchDocument> documents(Plan plan, Language lang) {
        List<SearchDocument> out = new ArrayList<>();
        for (Chapter c : plan.chapters(lang.code())) {
            String page = c.id() + ".html";
            if (c.leadText() != null && !c.leadText().isBlank()) {
                out.add(new SearchDocument(SearchDocument.Kind.SECTION, page, c.title(), "", c.leadText()));
            }
            for (Section s : c.sections()) {
                out.add(new SearchDocument(SearchDocument.Kind.SECTION, page + "#" + s.id(), s.title(), c.title(),
                        s.text()));
            }
        }
        return out;
    }
}
