package evidence

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// RulesPackage is the Rego package under which the evidence rules live.
const RulesPackage = "data.soc2lint.rules.evidence"

// ChunkSize is the number of records in one Rego evaluation of the row
// checks. It bounds the Rego input to a few megabytes whatever the size of
// the export.
const ChunkSize = 1000

// MaxRowFindings is how many failing rows of one rule are reported one by
// one. Beyond it, the rule's row failures become a single finding that
// counts them and lists the first MaxRowFindings rows.
const MaxRowFindings = 5

// Each calls visit for every record of an evidence document with its raw
// cells: from memory when the document holds its records, else by streaming
// the file again. It returns the problems found while streaming.
func Each(ctx context.Context, doc *model.Document, file parsers.File, opts parsers.Options, visit func(model.Record, []string) error) ([]model.Problem, error) {
	ev := doc.Evidence
	if ev == nil || ev.Type == "" {
		return nil, nil
	}
	if ev.Records == nil {
		return StreamRecords(ctx, doc, file, opts, visit)
	}

	var rows []model.Row
	for _, table := range doc.Tables {
		if table.Sheet == ev.Sheet && len(table.Rows) == len(ev.Records) {
			rows = table.Rows
			break
		}
	}
	for i, record := range ev.Records {
		var cells []string
		if rows != nil {
			cells = rows[i].Cells
		}
		if err := visit(record, cells); err != nil {
			return nil, err
		}
		if i%ChunkSize == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	return nil, nil
}

// Evaluate runs the evidence rules on a recognized evidence document: the
// row checks on chunks of chunkSize records (ChunkSize when zero), then the
// set-level checks once on the Summary of all rows. Row failures beyond
// MaxRowFindings per rule are folded into one counting finding. Problems met
// while streaming are appended to doc.Problems. It does nothing for a
// document without a recognized type.
func Evaluate(ctx context.Context, eng *engine.Engine, doc *model.Document, file parsers.File, opts parsers.Options, chunkSize int) ([]finding.Finding, error) {
	ev := doc.Evidence
	if ev == nil || ev.Type == "" {
		return nil, nil
	}
	if chunkSize <= 0 {
		chunkSize = ChunkSize
	}

	summary := NewSummary(ev.Type, headerLocation(doc))
	rows := newRowCollector()
	var setFindings []finding.Finding
	chunk := make([]any, 0, chunkSize)
	index := 0

	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		input := baseInput(doc)
		input["evidence"].(map[string]any)["records"] = chunk
		input["evidence"].(map[string]any)["chunk"] = index
		violations, err := eng.EvaluateUnder(ctx, RulesPackage, doc.File, input)
		if err != nil {
			return err
		}
		for _, v := range violations {
			if v.Group == "row" {
				rows.add(v.Finding)
			} else {
				setFindings = append(setFindings, v.Finding)
			}
		}
		index++
		chunk = chunk[:0]
		return nil
	}

	problems, err := Each(ctx, doc, file, opts, func(record model.Record, _ []string) error {
		summary.Add(record)
		chunk = append(chunk, recordValue(record))
		if len(chunk) < chunkSize {
			return nil
		}
		return flush()
	})
	if err != nil {
		return nil, fmt.Errorf("reading the rows of %s: %w", doc.File, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	doc.Problems = append(doc.Problems, problems...)

	input := baseInput(doc)
	input["evidence"].(map[string]any)["records"] = []any{}
	input["evidence"].(map[string]any)["summary"] = summary.Value()
	violations, err := eng.EvaluateUnder(ctx, RulesPackage, doc.File, input)
	if err != nil {
		return nil, err
	}
	for _, v := range violations {
		if v.Group == "row" {
			rows.add(v.Finding)
		} else {
			setFindings = append(setFindings, v.Finding)
		}
	}

	out := append(rows.findings(), setFindings...)
	finding.Sort(out)
	return out, nil
}

// baseInput returns the document fields the evidence rules read, without
// tables, statements or records.
func baseInput(doc *model.Document) map[string]any {
	ev := doc.Evidence
	columns := map[string]any{}
	for field, header := range ev.Columns {
		columns[field] = header
	}
	return map[string]any{
		"file":   doc.File,
		"format": doc.Format,
		"kind":   doc.Kind,
		"title":  doc.Title,
		"evidence": map[string]any{
			"type":    ev.Type,
			"sheet":   ev.Sheet,
			"columns": columns,
		},
	}
}

// recordValue returns a record as its Rego value: fields and location keys.
func recordValue(record model.Record) map[string]any {
	value := locationValue(record.Location)
	value["fields"] = record.Fields
	return value
}

// headerLocation returns where the header of the recognized table is.
func headerLocation(doc *model.Document) model.Location {
	for _, table := range doc.Tables {
		if table.Sheet == doc.Evidence.Sheet {
			return table.Location
		}
	}
	return model.Location{Line: 1}
}

// rowCollector keeps the first MaxRowFindings row findings of each rule and
// counts the rest.
type rowCollector struct {
	first map[string][]finding.Finding
	count map[string]int
}

func newRowCollector() *rowCollector {
	return &rowCollector{first: map[string][]finding.Finding{}, count: map[string]int{}}
}

// add counts one row finding and keeps it when it is among the first
// MaxRowFindings rows. Chunks arrive in row order, but the findings of one
// chunk come in Rego set order, so the kept ones are sorted on each add.
func (c *rowCollector) add(f finding.Finding) {
	c.count[f.RuleID]++
	kept := append(c.first[f.RuleID], f)
	sort.SliceStable(kept, func(i, j int) bool { return rowOrder(kept[i]) < rowOrder(kept[j]) })
	if len(kept) > MaxRowFindings {
		kept = kept[:MaxRowFindings]
	}
	c.first[f.RuleID] = kept
}

// findings returns the row findings: each one when a rule failed on at most
// MaxRowFindings rows, else one finding per rule at the first failing row
// whose message counts the rows, names the first ones and quotes the first
// message.
func (c *rowCollector) findings() []finding.Finding {
	var out []finding.Finding
	for id, kept := range c.first {
		total := c.count[id]
		if total <= MaxRowFindings {
			out = append(out, kept...)
			continue
		}

		places := make([]string, len(kept))
		lugares := make([]string, len(kept))
		for i, f := range kept {
			places[i] = placeOf(f, "line")
			lugares[i] = placeOf(f, "línea")
		}
		first := kept[0]
		folded := first
		folded.Messages = map[string]string{
			"en": fmt.Sprintf("%d rows fail this check; the first are %s. First: %s", total, strings.Join(places, ", "), first.Messages["en"]),
			"es": fmt.Sprintf("%d filas no superan esta comprobación; las primeras son %s. Primera: %s", total, strings.Join(lugares, ", "), firstNonEmpty(first.Messages["es"], first.Messages["en"])),
		}
		folded.Localize("en")
		out = append(out, folded)
	}
	return out
}

// rowOrder sorts findings by line, or by the row number of their cell.
func rowOrder(f finding.Finding) int {
	if f.Line > 0 {
		return f.Line
	}
	digits := strings.TrimLeft(f.Cell, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	n, _ := strconv.Atoi(digits)
	return n
}

// placeOf names a finding's row: "line 14" or "Change Log!A14", with the
// word for line in the message's language.
func placeOf(f finding.Finding, line string) string {
	if f.Cell != "" {
		return f.Sheet + "!" + f.Cell
	}
	return fmt.Sprintf("%s %d", line, f.Line)
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}
