package markdown

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/meta"
	"github.com/soc2lint/soc2lint/parsers/outline"
)

// RuleDocumentEmpty is the rule id of the problem about a file with no text.
const RuleDocumentEmpty = "document-empty"

// ctxCheckBlocks is how many top-level blocks are handled between two checks
// of the context.
const ctxCheckBlocks = 256

// fileExtensions are removed from a file name to make a title, longest first.
var fileExtensions = []string{".markdown.tmpl", ".md.tmpl", ".markdown", ".md", ".tmpl"}

// markdownParser is a CommonMark parser with GFM tables whose paragraphs are
// bounded by delimiterBudget. A goldmark parser is safe for concurrent use.
var markdownParser = sync.OnceValue(func() parser.Parser {
	md := goldmark.New(
		goldmark.WithExtensions(extension.Table),
		goldmark.WithParserOptions(
			// Priority 300 runs after the table transformer (200).
			parser.WithParagraphTransformers(util.Prioritized(delimiterBudget{}, 300)),
		),
	)
	return md.Parser()
})

// Parse reads the Markdown file and returns its document. The error wraps
// parsers.ErrLimit when the file is over opts.MaxFileBytes and
// parsers.ErrUnreadable when the file is binary. Text that is not valid
// UTF-8 is decoded with a warning (see decodeText). Every other defect is a
// Problem on the document.
func Parse(ctx context.Context, file parsers.File, opts parsers.Options) (*model.Document, error) {
	opts = opts.WithDefaults()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", file.Path, err)
	}

	data, err := readFile(file.Path, opts.MaxFileBytes)
	if err != nil {
		return nil, err
	}

	name := file.Rel
	if name == "" {
		name = file.Path
	}
	return parseBytes(ctx, data, name, opts)
}

// parseBytes parses the content of a file named name.
func parseBytes(ctx context.Context, data []byte, name string, opts parsers.Options) (*model.Document, error) {
	if err := checkText(name, data); err != nil {
		return nil, err
	}

	text, encodingProblems := decodeText(data)
	doc, err := parseSource(ctx, normalizeText(text), name, opts)
	if err != nil {
		return nil, err
	}
	if len(encodingProblems) > 0 {
		doc.Problems = append(encodingProblems, doc.Problems...)
	}
	return doc, nil
}

// parseSource parses normalized text (LF line endings, no byte-order mark).
func parseSource(ctx context.Context, src []byte, name string, opts parsers.Options) (*model.Document, error) {
	doc := outline.NewDocument(name, model.FormatMarkdown)

	fm := readFrontMatter(src)
	doc.Problems = append(doc.Problems, fm.problems...)

	body := src[fm.bodyStart:]
	if len(bytes.TrimSpace(body)) == 0 {
		doc.Problems = append(doc.Problems, emptyProblem(fm.found))
		title := applyMetadata(doc, fm, nil, opts)
		doc.Title = outline.FirstNonEmpty(title, outline.FileTitle(name, fileExtensions))
		return doc, nil
	}

	full, boundProblems := boundBody(src, fm.bodyStart)
	doc.Problems = append(doc.Problems, boundProblems...)

	lines := newLineIndex(full)
	b := newBuilder(doc, full, lines)
	for _, chunk := range splitChunks(full, fm.bodyStart) {
		if err := walkChunk(ctx, b, full, chunk); err != nil {
			return nil, fmt.Errorf("parsing %s: %w", name, err)
		}
	}
	b.finish()
	clampEndLines(doc, lines.count())

	if b.plainParagraphs.count > 0 {
		doc.Problems = append(doc.Problems, simplifiedProblem(b.plainParagraphs, fmt.Sprintf(
			"starts a paragraph with emphasis, link and code delimiters over the limit of %d (`*`, `_`, `[`, backtick, `<`), so its text is kept as written with the markup characters in it; split it into shorter paragraphs", maxInlineDelimiters)))
	}
	if b.extraCells.count > 0 {
		doc.Problems = append(doc.Problems, simplifiedProblem(b.extraCells,
			"is a table row with more cells than its header, so the extra cells are dropped; escape a pipe that is part of a cell as `\\|`, also inside backticks"))
	}

	title := applyMetadata(doc, fm, b.tableHeadings, opts)
	doc.Title = outline.FirstNonEmpty(title, b.firstH1, b.firstHeading, outline.FileTitle(name, fileExtensions))
	return doc, nil
}

// boundBody applies boundSource to the body of src, leaving front matter as
// it is, and returns the whole text.
func boundBody(src []byte, bodyStart int) ([]byte, []model.Problem) {
	bounded, problems := boundSource(src[bodyStart:])
	firstLine := bytes.Count(src[:bodyStart], []byte("\n"))
	for i := range problems {
		problems[i].Line += firstLine
	}
	if bounded == nil {
		return src, problems
	}
	full := make([]byte, 0, bodyStart+len(bounded))
	full = append(full, src[:bodyStart]...)
	return append(full, bounded...), problems
}

// walkChunk parses full[chunk[0]:chunk[1]] and adds its blocks to b.
func walkChunk(ctx context.Context, b *builder, full []byte, chunk [2]int) error {
	if err := ctx.Err(); err != nil {
		return err
	}

	src := full[chunk[0]:chunk[1]]
	root := markdownParser().Parse(text.NewReader(src))
	w := &chunkWalker{builder: b, src: src, base: chunk[0]}

	i := 0
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if i++; i%ctxCheckBlocks == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		w.block(c)
	}
	return nil
}

// applyMetadata fills doc.Metadata from the front matter, or from the first
// document-control table when the front matter names none of the
// document-control fields. It returns the front-matter title.
func applyMetadata(doc *model.Document, fm frontMatter, tableHeadings []string, opts parsers.Options) string {
	title := ""
	if fm.fields != nil {
		result := meta.FromFields(fm.fields, "front_matter", model.Location{Line: fm.line}, opts.DateOrder)
		doc.Metadata = result.Metadata
		doc.Problems = append(doc.Problems, result.Problems...)
		title = result.Title
	}

	if !hasControlFields(doc.Metadata) {
		for i, table := range doc.Tables {
			fields := controlTable.Fields(table, tableHeadings[i])
			if fields == nil {
				continue
			}
			criteria := doc.Metadata.Criteria
			result := meta.FromFields(fields, "document_control", model.Location{Line: table.Line}, opts.DateOrder)
			doc.Metadata = result.Metadata
			doc.Metadata.Criteria = mergeCriteria(result.Metadata.Criteria, criteria)
			doc.Problems = append(doc.Problems, result.Problems...)
			break
		}
	}

	if doc.Metadata.Fields == nil {
		doc.Metadata.Fields = map[string]any{}
	}
	if doc.Metadata.Criteria == nil {
		doc.Metadata.Criteria = []string{}
	}
	return title
}

func hasControlFields(md model.Metadata) bool {
	return md.Owner != "" || md.Version != "" || md.ApprovedBy != "" || md.ApprovedOn != "" ||
		md.Effective != "" || md.LastReviewed != "" || md.NextReview != "" || md.Classification != ""
}

func mergeCriteria(ids, more []string) []string {
	for _, id := range more {
		found := false
		for _, existing := range ids {
			found = found || existing == id
		}
		if !found {
			ids = append(ids, id)
		}
	}
	return ids
}

func emptyProblem(hasFrontMatter bool) model.Problem {
	message := "the file is empty: write the policy or remove the file"
	if hasFrontMatter {
		message = "the file has front matter but no text: write the policy below the front matter or remove the file"
	}
	return model.Problem{
		Rule:     RuleDocumentEmpty,
		Severity: "warning",
		Message:  message,
		Location: model.Location{Line: 1},
	}
}

// clampEndLines keeps section end lines within the file, which an unclosed
// code fence at the end could otherwise pass.
func clampEndLines(doc *model.Document, lineCount int) {
	for i := range doc.Sections {
		section := &doc.Sections[i]
		section.EndLine = max(section.Line, min(section.EndLine, lineCount))
	}
}
