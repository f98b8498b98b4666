package docx

import (
	"context"
	"fmt"
	"io"
	"os"
	"path"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/meta"
	"github.com/soc2lint/soc2lint/parsers/ooxml"
	"github.com/soc2lint/soc2lint/parsers/outline"
)

// RuleDocumentEmpty is the rule id of the problem about a document with no
// text, shared with the other parsers.
const RuleDocumentEmpty = "document-empty"

// fileExtensions are removed from a file name to make a title.
var fileExtensions = []string{".docx", ".docm", ".dotx", ".dotm"}

// Parse reads the DOCX file and returns its document. The error wraps
// parsers.ErrLimit when the file is over opts.MaxFileBytes or expands past
// opts.MaxDecompressedBytes. It wraps parsers.ErrEncrypted for a
// password-protected document or a binary .doc. It wraps
// parsers.ErrUnreadable when the file is not a zip, has no main document
// part or contains malformed XML there.
func Parse(ctx context.Context, file parsers.File, opts parsers.Options) (*model.Document, error) {
	opts = opts.WithDefaults()
	name := file.Rel
	if name == "" {
		name = file.Path
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", name, err)
	}

	f, err := os.Open(file.Path)
	if err != nil {
		return nil, fmt.Errorf("opening docx file %s: %w", name, err)
	}
	defer f.Close()

	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("reading docx file %s: %w", name, err)
	}
	return parseReader(ctx, f, info.Size(), name, opts)
}

// parseReader parses the package of size bytes in r. The zip reader reads
// only the central directory and the parts it opens, so the file is never
// loaded whole.
func parseReader(ctx context.Context, r io.ReaderAt, size int64, name string, opts parsers.Options) (*model.Document, error) {
	a, err := newArchive(r, size, name, opts)
	if err != nil {
		return nil, err
	}
	return parseArchive(ctx, a, name, opts)
}

// parseArchive reads the parts of an open package: the relationships, the
// styles, the properties and the main document.
func parseArchive(ctx context.Context, a *archive, name string, opts parsers.Options) (*model.Document, error) {
	packageRels := a.readRelationships("")
	documentPart := packageRels.target(relOfficeDocument, defaultDocumentPart)
	if !a.Has(documentPart) && a.Has(defaultDocumentPart) {
		documentPart = defaultDocumentPart
	}
	if !a.Has(documentPart) {
		return nil, fmt.Errorf("%s has no main document part (%s): it is not a Word document, or it is damaged; save it again as .docx from Word: %w",
			name, documentPart, parsers.ErrUnreadable)
	}

	documentRels := a.readRelationships(documentPart)
	styles := a.readStyles(documentRels.target(relStyles, path.Join(path.Dir(documentPart), "styles.xml")))
	props := a.readProperties(packageRels)

	doc := outline.NewDocument(name, model.FormatDOCX)
	b := newBuilder(doc, styles)
	deep, deepOrdinal, err := readBody(ctx, a, documentPart, b.block)
	if err != nil {
		return nil, err
	}
	b.finish()

	if deep > 0 {
		doc.Problems = append(doc.Problems, model.Problem{
			Severity: "warning",
			Message: fmt.Sprintf("the document nests elements more than %d levels deep after paragraph %d, so %d deeper parts are skipped; simplify the nested tables or content controls",
				maxDepth, deepOrdinal, deep),
			Location: model.Location{Line: max(deepOrdinal, 1)},
		})
	}
	if doc.Text == "" {
		doc.Problems = append(doc.Problems, model.Problem{
			Rule:     RuleDocumentEmpty,
			Severity: "warning",
			Message:  "the document has no text: write the policy or remove the file",
			Location: model.Location{Line: 1},
		})
	}

	controlTitle := applyMetadata(doc, b.tableHeadings, props, opts)
	doc.Title = outline.FirstNonEmpty(props.title, controlTitle, b.firstTitle, b.firstH1, b.firstHeading, outline.FileTitle(name, fileExtensions))
	return doc, nil
}

// readBody streams the main document part into emit. It returns how many
// subtrees were skipped for nesting deeper than maxDepth and the paragraph
// before the first of them.
func readBody(ctx context.Context, a *archive, part string, emit func(block)) (int, int, error) {
	rc, err := a.Open(part)
	if err != nil {
		return 0, 0, err
	}
	defer rc.Close()

	r := &bodyReader{ctx: ctx, d: ooxml.NewDecoder(rc), emit: emit}
	if err := r.read(); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return 0, 0, fmt.Errorf("parsing %s: %w", a.Name(), ctxErr)
		}
		return 0, 0, a.PartError(part, err)
	}
	return r.deep, r.deepOrdinal, nil
}

// applyMetadata fills doc.Metadata from the first document-control table,
// else from the document properties. It returns the title the table states.
func applyMetadata(doc *model.Document, tableHeadings []string, props properties, opts parsers.Options) string {
	for i, table := range doc.Tables {
		fields := controlTable.Fields(table, tableHeadings[i])
		if fields == nil {
			continue
		}
		result := meta.FromFields(fields, "document_control", model.Location{Line: table.Line}, opts.DateOrder)
		doc.Metadata = result.Metadata
		doc.Problems = append(doc.Problems, result.Problems...)
		return result.Title
	}

	if result, ok := propertyMetadata(props, opts.DateOrder); ok {
		doc.Metadata = result.Metadata
		doc.Problems = append(doc.Problems, result.Problems...)
	}
	return ""
}
