"""A synthetic edition of the plan at N times its size, in plansite's input format, and the same
pages as a Hugo site. Used by bench/compare_hugo.py; see bench/README.md for what is compared.

Copy 1 is the real plan unchanged. Copy k (k = 2 … N) is every chapter of both languages, every table,
every glossary entry, every erratum and every prose check again, with each id suffixed `-k<k>`:
`ch1` → `ch1-k2` (so its sections are `ch1-k2-s…`), `zl-01` → `zl-01-k2`, `mining-right` →
`mining-right-k2`. Only the standard library is used, so the YAML files are rewritten line by line
(the keys rewritten are all at a fixed indentation in the plan's files).
"""
import hashlib
import json
import re
import shutil
from pathlib import Path

LANGS = ("zh", "en")
TABLE_DIRECTIVE = re.compile(r"^(:::\s*table\s+)(\S+)", re.M)
CHAPTER_LINK = re.compile(r"\]\(([a-z0-9][a-z0-9-]*)\.md(?:#([^)]*))?\)")
PINNED_ID = re.compile(r"\{#([a-z0-9][a-z0-9-]*)\}")
TABLE_CELL_REF = re.compile(r"([a-z0-9][a-z0-9-]*)\[r")


def suffixed(ident, k):
    return ident if k == 1 else f"{ident}-k{k}"


def renamed_section(section, chapter, k):
    """Section ids start with their chapter's id (README: `ch3-s2-1-3`)."""
    if k == 1:
        return section
    if not section.startswith(chapter + "-"):
        raise ValueError(f"section {section} is not in chapter {chapter}")
    return suffixed(chapter, k) + section[len(chapter):]


def with_suffix(scalar, suffix):
    """Appends text to a one-line YAML scalar, plain or quoted."""
    scalar = scalar.strip()
    if len(scalar) >= 2 and scalar[0] == scalar[-1] and scalar[0] in "'\"":
        return scalar[:-1] + suffix + scalar[-1]
    return scalar + suffix


def copy_title(title, lang, k):
    return title if k == 1 else with_suffix(title, f"（{k}）" if lang == "zh" else f" ({k})")


def split_front_matter(text, path):
    if not text.startswith("---\n"):
        raise ValueError(f"{path}: no front matter")
    end = text.index("\n---\n", 4)
    fields = {}
    for line in text[4:end].splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields, text[end + 5:]


def section_of(line, chapter_of_line, k):
    m = re.match(r"^(\s*section:\s*)(\S+)\s*$", line)
    return m.group(1) + renamed_section(m.group(2), chapter_of_line, k) if m else line


class Edition:
    """Writes copies 1 … n of the plan at `src` (a plansite project) into `root`."""

    def __init__(self, src, root, n, glossary_copies=None):
        self.src, self.root, self.n = Path(src), Path(root), n
        self.glossary_copies = n if glossary_copies is None else min(n, glossary_copies)
        self.chapters = sorted(p.stem for p in (self.src / "content/zh").glob("*.md"))
        self.tables = sorted(p.stem for p in (self.src / "data/tables").glob("*.yaml"))
        self.table_ids = set(self.tables)

    def write(self):
        shutil.copytree(self.src / "site-templates", self.root / "site-templates")
        (self.root / "data/tables").mkdir(parents=True)
        (self.root / "data/checks").mkdir()
        for name in ("site.yaml", "units.yaml", "maps.yaml"):
            if (self.src / "data" / name).exists():
                shutil.copy(self.src / "data" / name, self.root / "data" / name)
        if (self.src / "data/geo").is_dir():
            shutil.copytree(self.src / "data/geo", self.root / "data/geo")
        for lang in LANGS:
            (self.root / "content" / lang).mkdir(parents=True)
        for k in range(1, self.n + 1):
            for chapter in self.chapters:
                self.write_chapter(chapter, k)
                self.write_checks(chapter, k)
            for table in self.tables:
                self.write_table(table, k)
        self.write_list("errata.yaml", "- chapter:", self.erratum, self.n)
        self.write_list("glossary.yaml", "- id:", self.glossary_entry, self.glossary_copies)

    def table_ref(self, m, k):
        return m.group(1) + suffixed(m.group(2), k)

    def write_chapter(self, chapter, k):
        zh_bytes = None
        for lang in LANGS:
            path = self.src / "content" / lang / f"{chapter}.md"
            fields, body = split_front_matter(path.read_text(encoding="utf-8"), path)
            body = TABLE_DIRECTIVE.sub(lambda m: self.table_ref(m, k), body)
            body = CHAPTER_LINK.sub(lambda m: self.chapter_link(m, k), body)
            body = PINNED_ID.sub(lambda m: "{#" + suffixed(m.group(1), k) + "}", body)
            head = [f"id: {suffixed(fields['id'], k)}",
                    f"order: {int(fields['order']) + 1000 * (k - 1)}",
                    f"title: {copy_title(fields['title'], lang, k)}"]
            if "translates" in fields:
                source_hash = hashlib.sha256(zh_bytes).hexdigest()[:12]
                head += [f"translates: {suffixed(fields['translates'], k)}", f"source_hash: {source_hash}"]
            data = ("---\n" + "\n".join(head) + "\n---\n" + body).encode("utf-8")
            (self.root / "content" / lang / f"{suffixed(chapter, k)}.md").write_bytes(data)
            if lang == "zh":
                zh_bytes = data

    def chapter_link(self, m, k):
        target = suffixed(m.group(1), k)
        anchor = f"#{renamed_section(m.group(2), m.group(1), k)}" if m.group(2) else ""
        return f"]({target}.md{anchor})"

    def write_table(self, table, k):
        text = (self.src / "data/tables" / f"{table}.yaml").read_text(encoding="utf-8")
        chapter = re.search(r"^chapter:\s*(\S+)", text, re.M).group(1)
        out = []
        for line in text.splitlines():
            if line.startswith("id:"):
                line = f"id: {suffixed(table, k)}"
            elif line.startswith("chapter:"):
                line = f"chapter: {suffixed(chapter, k)}"
            elif line.startswith("section:"):
                line = section_of(line, chapter, k)
            out.append(line)
        (self.root / "data/tables" / f"{suffixed(table, k)}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")

    def write_checks(self, chapter, k):
        path = self.src / "data/checks" / f"{chapter}.yaml"
        if not path.exists():
            return
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if k > 1:
                line = re.sub(r"^- id:\s*(\S+)", lambda m: f"- id: {suffixed(m.group(1), k)}", line)
                line = section_of(line, chapter, k)
                if re.match(r"^\s*formula:", line):
                    line = TABLE_CELL_REF.sub(
                        lambda m: (suffixed(m.group(1), k) if m.group(1) in self.table_ids else m.group(1)) + "[r",
                        line)
            out.append(line)
        (self.root / "data/checks" / f"{suffixed(chapter, k)}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")

    def write_list(self, name, item_start, rewrite, copies):
        """A YAML list file: its header once, then its items as copy 1, 2, … `copies` rewrote them."""
        lines = (self.src / "data" / name).read_text(encoding="utf-8").splitlines()
        first = next(i for i, line in enumerate(lines) if line.startswith(item_start))
        items, current = [], None
        for line in lines[first:]:
            if line.startswith("- "):
                current = []
                items.append(current)
            current.append(line)
        out = lines[:first]
        for k in range(1, copies + 1):
            for item in items:
                out += rewrite(item, k)
        (self.root / "data" / name).write_text("\n".join(out) + "\n", encoding="utf-8")

    def erratum(self, lines, k):
        chapter = lines[0].split(":", 1)[1].strip()
        if k == 1:
            return lines
        return [f"- chapter: {suffixed(chapter, k)}"] + [section_of(line, chapter, k) for line in lines[1:]]

    def glossary_entry(self, lines, k):
        """Copies keep one Chinese and one English form, both made unique with the copy number (so they
        link nothing in the text: the forms of the real entries stay the ones the chapters use)."""
        if k == 1:
            return lines
        out = []
        for line in lines:
            if line.startswith("- id:"):
                line = f"- id: {suffixed(line.split(':', 1)[1].strip(), k)}"
            elif line.startswith("  zh:"):
                line = "  zh: " + with_suffix(line[5:], f"（{k}）")
            elif line.startswith("  en:"):
                line = "  en: " + with_suffix(line[5:], f" ({k})")
            elif line.startswith(("  variants:", "  zh_variants:")):
                continue
            out.append(line)
        return out


HUGO_CONFIG = """\
baseURL = "https://www.dt.gov.cn/mineral-plan-2021-2025/"
defaultContentLanguage = "zh"
defaultContentLanguageInSubdir = true
uglyURLs = true
relativeURLs = true
hasCJKLanguage = true
disableKinds = ["taxonomy", "term", "RSS"]
enableRobotsTXT = true

[languages.zh]
contentDir = "content/zh"
languageName = "中文"
title = "大同市矿产资源总体规划（2021—2025年）"
weight = 1

[languages.en]
contentDir = "content/en"
languageName = "English"
title = "Datong City Mineral Resources Master Plan (2021–2025)"
weight = 2
"""

LAYOUTS = Path(__file__).resolve().parent / "hugo-layouts"


def write_hugo_site(edition_root, hugo_root):
    """The same pages as a Hugo site: each chapter's Markdown body per language with `::: table id`
    turned into the `table` shortcode, the table files as Hugo data rendered by bench/hugo-layouts, a
    page per table, a table list, the one-page edition, the glossary and the units, in both languages."""
    edition_root, hugo_root = Path(edition_root), Path(hugo_root)
    shutil.copytree(LAYOUTS, hugo_root / "layouts")
    shutil.copytree(edition_root / "data/tables", hugo_root / "data/tables")
    for name in ("glossary.yaml", "units.yaml"):
        shutil.copy(edition_root / "data" / name, hugo_root / "data" / name)
    shutil.copytree(edition_root / "site-templates/assets", hugo_root / "static/assets")
    (hugo_root / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    tables = sorted(p.stem for p in (edition_root / "data/tables").glob("*.yaml"))
    titles = {"zh": ("目录", "表格", "全文", "术语表", "计量单位"),
              "en": ("Contents", "Tables", "Full text", "Glossary", "Units")}
    for lang in LANGS:
        out = hugo_root / "content" / lang
        (out / "tables").mkdir(parents=True)
        for path in sorted((edition_root / "content" / lang).glob("*.md")):
            fields, body = split_front_matter(path.read_text(encoding="utf-8"), path)
            body = TABLE_DIRECTIVE.sub(lambda m: '{{< table "' + m.group(2) + '" >}}', body)
            head = {"title": yaml_plain(fields["title"]), "weight": int(fields["order"]) + 1,
                    "chapter": True, "translationKey": path.stem}
            (out / path.name).write_text(front_matter(head) + body, encoding="utf-8")
        home, table_list, full, glossary, units = titles[lang]
        (out / "_index.md").write_text(front_matter({"title": home}), encoding="utf-8")
        (out / "tables/_index.md").write_text(front_matter({"title": table_list}), encoding="utf-8")
        for name, title in (("full", full), ("glossary", glossary), ("units", units)):
            (out / f"{name}.md").write_text(
                front_matter({"title": title, "layout": name, "translationKey": name}), encoding="utf-8")
        for table in tables:
            (out / "tables" / f"{table}.md").write_text(
                front_matter({"title": table, "table": table, "translationKey": "table-" + table}), encoding="utf-8")


def yaml_plain(scalar):
    scalar = scalar.strip()
    if len(scalar) >= 2 and scalar[0] == scalar[-1] and scalar[0] in "'\"":
        return scalar[1:-1]
    return scalar


def front_matter(fields):
    # JSON values are valid YAML.
    return "---\n" + "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in fields.items()) + "---\n"
