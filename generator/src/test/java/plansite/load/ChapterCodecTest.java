package plansite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import plansite.FixtureSite;
import plansite.model.Chapter;
import plansite.model.Plan;

class ChapterCodecTest {
    @Test
    void everyChapterOfThePlanComesBackEqualFromItsBytes() throws Exception {
        Plan plan = new PlanLoader().load(new ProjectLayout(FixtureSite.repo())).plan();
        int count = 0;
        for (var lang : plan.languages()) {
            for (Chapter c : plan.chapters(lang.code())) {
                assertEquals(c, ChapterCodec.decode(ChapterCodec.encode(c)).orElseThrow(), c.lang() + "/" + c.id());
                count++;
            }
        }
        assertEquals(20, count);
    }

    @Test
    void bytesCutShortOrOfAnotherVersionReadAsNothing() throws Exception {
        Plan plan = new PlanLoader().load(new ProjectLayout(FixtureSite.repo())).plan();
        byte[] bytes = ChapterCodec.encode(plan.chapters("zh").get(0));
        assertTrue(ChapterCodec.decode(Arrays.copyOf(bytes, bytes.length / 2)).isEmpty());
        bytes[3]++;
        assertTrue(ChapterCodec.decode(bytes).isEmpty());
    }
}
