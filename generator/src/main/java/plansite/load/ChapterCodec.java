package plansite.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plansite.diag.SourcePos;
import plansite.model.BodyPart;
import plansite.model.Chapter;
import plansite.model.Html;
import plansite.model.LinkRef;
import plansite.model.Section;
import plansite.model.Translation;

/**
 * A parsed chapter as bytes, for the build cache: every field in a fixed order. Written by hand
 * because Java serialization of the same records took a third of the time it saved on a cold start.
 */
final class ChapterCodec {
    /** Changes whenever the layout below does; bytes of another version read as nothing. */
    private static final int VERSION = 1;

    private ChapterCodec() {}

    static byte[] encode(Chapter c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            text(out, c.id());
            text(out, c.lang());
            out.writeInt(c.order());
            text(out, c.title());
            text(out, c.leadText());
            out.writeInt(c.sections().size());
            for (Section s : c.sections()) {
                text(out, s.id());
                out.writeInt(s.level());
                text(out, s.title());
                text(out, s.text());
                pos(out, s.pos());
            }
            out.writeInt(c.body().size());
            for (BodyPart part : c.body()) {
                if (part instanceof BodyPart.Prose p) {
                    out.writeByte(0);
                    text(out, p.html().markup());
                } else if (part instanceof BodyPart.TablePlacement t) {
                    out.writeByte(1);
                    text(out, t.tableId());
                    pos(out, t.pos());
                }
            }
            out.writeInt(c.links().size());
            for (LinkRef l : c.links()) {
                text(out, l.chapterId());
                text(out, l.anchor());
                pos(out, l.pos());
            }
            text(out, c.contentHash());
            out.writeBoolean(c.translation() != null);
            if (c.translation() != null) {
                text(out, c.translation().sourceChapter());
                text(out, c.translation().sourceHash());
                pos(out, c.translation().pos());
            }
            pos(out, c.pos());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The chapter, or empty when the bytes are of another version or cut short. */
    static Optional<Chapter> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != VERSION) {
                return Optional.empty();
            }
            String id = text(in);
            String lang = text(in);
            int order = in.readInt();
            String title = text(in);
            String lead = text(in);
            List<Section> sections = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                sections.add(new Section(text(in), in.readInt(), text(in), text(in), pos(in)));
            }
            List<BodyPart> body = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                body.add(in.readByte() == 0 ? new BodyPart.Prose(new Html(text(in)))
                        : new BodyPart.TablePlacement(text(in), pos(in)));
            }
            List<LinkRef> links = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                links.add(new LinkRef(text(in), text(in), pos(in)));
            }
            String hash = text(in);
            Translation translation = in.readBoolean() ? new Translation(text(in), text(in), pos(in)) : null;
            return Optional.of(new Chapter(id, lang, order, title, lead, sections, body, links, hash, translation,
                    pos(in)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void pos(DataOutputStream out, SourcePos p) throws IOException {
        out.writeBoolean(p != null);
        if (p != null) {
            text(out, p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
        }
    }

    private static SourcePos pos(DataInputStream in) throws IOException {
        return in.readBoolean() ? new SourcePos(text(in), in.readInt(), in.readInt()) : null;
    }
}
