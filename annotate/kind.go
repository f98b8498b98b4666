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
// It checks, in order:
//   - an evidence export (Evidence set),
//   - a metadata field `kind`, `type`, `doc_type` or `category` whose value
//     names a kind,
//   - the deepest folder of File whose name names one kind ("policies/",
//     "security_procedures/", "procedimientos/"),
//   - the head noun of the title ("Access Control Policy Exception
//     Procedure" is a procedure, "Política de accesos" a policy).
//
// Last comes the content: a policy when the metadata names an owner or an
// approval or at least two sentences say must or should, else other. The
// content test reads Statement.Modality, so call it after the statements
// are annotated.
//
// The folder wins over the title when they disagree. Authors file documents
// by type on purpose, while a title often names the subject rather than the
// type. A "Privacy Policy" page kept with the procedures is the procedure
// that publishes the notice, not the privacy policy itself.
func DetectKind(doc *model.Document) string {
	if doc.Evidence != nil {
		return model.KindEvidence
	}

	if kind := kindFromFields(doc.Metadata.Fields, doc.Language); kind != "" {
		return kind
	}
	if kind := kindFromPath(doc.File); kind != "" {
		return kind
	}
	if kind := kindFromTitle(doc.Title, doc.Language); kind != "" {
		return kind
	}

	return kindFromContent(doc)
}

func kindFromFields(fields map[string]any, language string) string {
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
			if kind := kindFromTitle(text, language); kind != "" {
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

// kindFromPath returns the kind named by the deepest folder of file whose
// name names exactly one kind. A folder name may carry other words
// ("security_procedures", "hr-policies"). One that names two kinds
// ("policies-and-procedures") decides nothing, and the search goes on
// upwards.
func kindFromPath(file string) string {
	dir := path.Dir(strings.ReplaceAll(file, "\\", "/"))
	for dir != "." && dir != "/" && dir != "" {
		if kind := kindFromFolderName(path.Base(dir)); kind != "" {
			return kind
		}
		dir = path.Dir(dir)
	}
	return ""
}

// kindFromFolderName returns the one kind that the words of a folder name
// name, or "" when they name none or more than one.
func kindFromFolderName(name string) string {
	found := ""
	for _, word := range strings.FieldsFunc(Normalize(name), isFolderSeparator) {
		kind := kindWords[word]
		if kind == "" || kind == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = kind
	}
	return found
}

// headLinkWords are the prepositions that follow the head noun of a title
// when the head comes first: "Procedure for Policy Exceptions", "Política de
// accesos", "Politique d'utilisation acceptable".
var headLinkWords = setOf("of", "for", "on", "de", "del", "para", "sobre", "du", "des", "d", "pour", "sur")

// kindFromTitle returns the kind that the head noun of a title names. A
// title may name two kinds ("Access Control Policy Exception Procedure",
// "Procedimiento de excepciones a la Política de accesos"), and only the
// head noun names what the document is. A kind word followed by a linking
// preposition is the head. Otherwise English puts the head last ("Incident
// Response Plan") and Spanish first ("Política general"), so the last kind
// word counts unless language is Spanish.
func kindFromTitle(title, language string) string {
	words := strings.FieldsFunc(Normalize(title), isWordSeparator)

	var kinds []string
	for i, word := range words {
		kind := kindWords[word]
		if kind == "" {
			continue
		}
		if i+1 < len(words) && headLinkWords[words[i+1]] {
			return kind
		}
		kinds = append(kinds, kind)
	}

	if len(kinds) == 0 {
		return ""
	}
	if language == model.LangSpanish {
		return kinds[0]
	}
	return kinds[len(kinds)-1]
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

// isFolderSeparator reports whether r separates the words of a normalized
// folder name. Unlike in titles, hyphens and underscores separate words too
// ("hr-policies", "security_procedures").
func isFolderSeparator(r rune) bool {
	return !isWordRune(r)
}
