package annotate

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/model"
)

// kindWords maps normalized words that name a kind of document, in English,
// Spanish and French, to the kind.
var kindWords = map[string]string{
	"policy": model.KindPolicy, "policies": model.KindPolicy,
	"politica": model.KindPolicy, "politicas": model.KindPolicy,
	"politique": model.KindPolicy, "politiques": model.KindPolicy,
	"procedure": model.KindProcedure, "procedures": model.KindProcedure,
	"procedimiento": model.KindProcedure, "procedimientos": model.KindProcedure,
	"runbook": model.KindProcedure, "runbooks": model.KindProcedure,
	"playbook": model.KindProcedure, "playbooks": model.KindProcedure,
	"plan": model.KindPlan, "plans": model.KindPlan, "planes": model.KindPlan,
	"standard": model.KindStandard, "standards": model.KindStandard,
	"estandar": model.KindStandard, "estandares": model.KindStandard,
	"norma": model.KindStandard, "normas": model.KindStandard,
	"evidence": model.KindEvidence, "evidencia": model.KindEvidence, "evidencias": model.KindEvidence,
}

// kindValues are the extra values a metadata field may use to name a kind.
var kindValues = map[string]string{
	"other": model.KindOther, "otro": model.KindOther,
	"sop": model.KindProcedure,
}

// kindFields are the metadata keys that may name the kind.
var kindFields = []string{"kind", "type", "doc_type", "doctype", "document_type", "category", "tipo"}

// DetectKind returns the kind of a document whose parser left Kind empty.
// It checks, in order: an evidence export (Evidence set); a metadata field
// `kind`, `type`, `doc_type` or `category` whose value names a kind; the
// deepest folder of File that names one ("policies/", "procedimientos/");
// and the title ("Access Control Policy", "Política de accesos"). Last comes
// the content: a policy when the metadata names an owner or an approval or
// at least two sentences say must or should, else other. The content test
// reads Statement.Modality, so call it after the statements are annotated.
func DetectKind(doc *model.Document) string {
	if doc.Evidence != nil {
		return model.KindEvidence
	}

	if kind := kindFromFields(doc.Metadata.Fields); kind != "" {
		return kind
	}
	if kind := kindFromPath(doc.File); kind != "" {
		return kind
	}
	if kind := kindFromTitle(doc.Title); kind != "" {
		return kind
	}

	return kindFromContent(doc)
}

func kindFromFields(fields map[string]any) string {
	if len(fields) == 0 {
		return ""
	}

	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	sort.Strings(names)

	for _, key := range kindFields {
		for _, name := range names {
			if normalizeKey(name) != key {
				continue
			}
			value := fields[name]
			text, ok := value.(string)
			if !ok {
				text = fmt.Sprint(value)
			}
			if kind := kindFromTitle(text); kind != "" {
				return kind
			}
			if kind := kindValues[Normalize(text)]; kind != "" {
				return kind
			}
		}
	}
	return ""
}

// normalizeKey folds a metadata key so that "Doc-Type" and "doc_type" are
// the same key.
func normalizeKey(name string) string {
	key := Normalize(name)
	return strings.NewReplacer("-", "_", " ", "_").Replace(key)
}

// kindFromPath returns the kind named by the deepest folder of file.
func kindFromPath(file string) string {
	dir := path.Dir(strings.ReplaceAll(file, "\\", "/"))
	for dir != "." && dir != "/" && dir != "" {
		if kind := kindWords[Normalize(path.Base(dir))]; kind != "" {
			return kind
		}
		dir = path.Dir(dir)
	}
	return ""
}

// kindFromTitle returns the kind named by a title. English puts the kind
// last ("Incident Response Plan"), Spanish and French first ("Plan de
// respuesta a incidentes"), so the last word is checked, then the first,
// then any word.
func kindFromTitle(title string) string {
	words := strings.FieldsFunc(Normalize(title), isWordSeparator)
	if len(words) == 0 {
		return ""
	}

	if kind := kindWords[words[len(words)-1]]; kind != "" {
		return kind
	}
	if kind := kindWords[words[0]]; kind != "" {
		return kind
	}
	for _, word := range words {
		if kind := kindWords[word]; kind != "" {
			return kind
		}
	}
	return ""
}

// kindFromContent is the last resort: policy when the document looks
// governed (an owner or an approval) or states obligations, else other.
func kindFromContent(doc *model.Document) string {
	md := doc.Metadata
	if md.Owner != "" || md.ApprovedBy != "" || md.ApprovedOn != "" {
		return model.KindPolicy
	}

	obligations := 0
	for _, s := range doc.Statements {
		if s.Modality == ModalityMust || s.Modality == ModalityShould {
			obligations++
			if obligations >= 2 {
				return model.KindPolicy
			}
		}
	}
	return model.KindOther
}

// isWordSeparator reports whether r separates the words of a normalized
// title. Hyphens stay inside words.
func isWordSeparator(r rune) bool {
	return !isWordRune(r) && r != '-'
}
