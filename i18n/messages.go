package i18n

// Command-line errors and diagnostics.
const (
	FlagError          Key = "cli.flag_error"
	InvalidFormat      Key = "cli.invalid_format"
	InvalidFailOn      Key = "cli.invalid_fail_on"
	InvalidAsOf        Key = "cli.invalid_as_of"
	InvalidLang        Key = "cli.invalid_lang"
	BaselineConflict   Key = "cli.baseline_conflict"
	CreatingReportFile Key = "cli.creating_report_file"
	ProgressParsing    Key = "progress.parsing"
	ProgressEvaluating Key = "progress.evaluating"
)

// Text report labels. Category names keep the category id in English so
// that English text output is unchanged.
const (
	AllDocuments         Key = "text.all_documents"
	CoverageHeading      Key = "text.coverage_heading"
	CoverageRow          Key = "text.coverage_row"
	SummaryLine          Key = "text.summary"
	SummarySuppressed    Key = "text.suppressed"
	FindingOne           Key = "text.finding"
	FindingMany          Key = "text.findings"
	ErrorOne             Key = "text.error"
	ErrorMany            Key = "text.errors"
	WarningOne           Key = "text.warning"
	WarningMany          Key = "text.warnings"
	DocumentOne          Key = "text.document"
	DocumentMany         Key = "text.documents"
	CategorySecurity     Key = "category.security"
	CategoryAvailability Key = "category.availability"
	CategoryConfidential Key = "category.confidentiality"
	CategoryProcessing   Key = "category.processing_integrity"
	CategoryPrivacy      Key = "category.privacy"
)

// Step summary of the GitHub Action (Markdown).
const (
	StepTitle            Key = "step.title"
	StepPassed           Key = "step.passed"
	StepFailed           Key = "step.failed"
	StepNoThreshold      Key = "step.no_threshold"
	StepRunFailed        Key = "step.run_failed"
	StepDocuments        Key = "step.documents"
	StepSeverityHeading  Key = "step.severity_heading"
	StepSeverity         Key = "step.severity"
	StepCount            Key = "step.count"
	SeverityError        Key = "severity.error"
	SeverityWarning      Key = "severity.warning"
	SeverityInfo         Key = "severity.info"
	SeveritySuppressed   Key = "severity.suppressed"
	StepCoverageHeading  Key = "step.coverage_heading"
	StepCategory         Key = "step.category"
	StatusMet            Key = "status.met"
	StatusPartial        Key = "status.partial"
	StatusMissing        Key = "status.missing"
	StepReadinessHeading Key = "step.readiness_heading"
	StepBefore           Key = "step.before"
	StepAfter            Key = "step.after"
	StepBaselineReport   Key = "step.baseline_report"
	StepBaselineRevision Key = "step.baseline_revision"
	StepTopHeading       Key = "step.top_heading"
	StepLocation         Key = "step.location"
	StepRule             Key = "step.rule"
	StepMessage          Key = "step.message"
	StepMore             Key = "step.more"
	StepNoFindings       Key = "step.no_findings"
)

// catalog maps each key to its text per language. Every key has every
// language of Languages, with the same format verbs in the same order;
// TestCatalogComplete enforces both.
var catalog = map[Key]map[string]string{
	FlagError: {
		English: "%v (see %s --help)",
		Spanish: "%v (consulte %s --help)",
	},
	InvalidFormat: {
		English: "invalid --format %q: use %s",
		Spanish: "--format %q no es válido: use %s",
	},
	InvalidFailOn: {
		English: "invalid --fail-on %q: use error, warning, info or none",
		Spanish: "--fail-on %q no es válido: use error, warning, info o none",
	},
	InvalidAsOf: {
		English: "invalid --as-of %q: write the date as YYYY-MM-DD",
		Spanish: "--as-of %q no es válido: escriba la fecha como AAAA-MM-DD",
	},
	InvalidLang: {
		English: "invalid --lang %q: use en or es",
		Spanish: "--lang %q no es válido: use en o es",
	},
	BaselineConflict: {
		English: "--baseline and --new-from-rev both set a baseline: use one",
		Spanish: "--baseline y --new-from-rev fijan las dos una línea base: use solo una",
	},
	CreatingReportFile: {
		English: "creating report file",
		Spanish: "creando el archivo del informe",
	},
	ProgressParsing: {
		English: "parsing files",
		Spanish: "leyendo archivos",
	},
	ProgressEvaluating: {
		English: "evaluating rules",
		Spanish: "evaluando reglas",
	},

	AllDocuments: {
		English: "(all documents)",
		Spanish: "(todos los documentos)",
	},
	CoverageHeading: {
		English: "Coverage by category (criteria met / partial / missing):",
		Spanish: "Cobertura por categoría (criterios que se cumplen / parciales / que faltan):",
	},
	CoverageRow: {
		English: "  %-22s %3d met  %3d partial  %3d missing",
		Spanish: "  %-22s cumplen %3d  parciales %3d  faltan %3d",
	},
	SummaryLine: {
		English: "%d %s (%d %s, %d %s, %d info) in %d %s",
		Spanish: "%d %s (%d %s, %d %s, %d info) en %d %s",
	},
	SummarySuppressed: {
		English: ", %d suppressed",
		Spanish: ", %d suprimidos",
	},
	FindingOne:   {English: "finding", Spanish: "hallazgo"},
	FindingMany:  {English: "findings", Spanish: "hallazgos"},
	ErrorOne:     {English: "error", Spanish: "error"},
	ErrorMany:    {English: "errors", Spanish: "errores"},
	WarningOne:   {English: "warning", Spanish: "advertencia"},
	WarningMany:  {English: "warnings", Spanish: "advertencias"},
	DocumentOne:  {English: "document", Spanish: "documento"},
	DocumentMany: {English: "documents", Spanish: "documentos"},

	CategorySecurity:     {English: "security", Spanish: "seguridad"},
	CategoryAvailability: {English: "availability", Spanish: "disponibilidad"},
	CategoryConfidential: {English: "confidentiality", Spanish: "confidencialidad"},
	CategoryProcessing:   {English: "processing_integrity", Spanish: "integridad del procesamiento"},
	CategoryPrivacy:      {English: "privacy", Spanish: "privacidad"},

	StepTitle: {
		English: "soc2lint results",
		Spanish: "Resultados de soc2lint",
	},
	StepPassed: {
		English: "No finding at or above severity %s, so the check passes.",
		Spanish: "Ningún hallazgo tiene severidad %s o superior, así que la comprobación pasa.",
	},
	StepFailed: {
		English: "At least one finding is at or above severity %s, so the check fails with exit code %d.",
		Spanish: "Al menos un hallazgo tiene severidad %s o superior, así que la comprobación falla con el código de salida %d.",
	},
	StepNoThreshold: {
		English: "fail-on is none, so findings never fail the check.",
		Spanish: "fail-on es none, así que los hallazgos nunca hacen fallar la comprobación.",
	},
	StepRunFailed: {
		English: "soc2lint stopped with exit code %d before it wrote a report. The job log shows the error.",
		Spanish: "soc2lint terminó con el código de salida %d antes de escribir el informe. El registro del trabajo muestra el error.",
	},
	StepDocuments: {
		English: "Documents linted: %d",
		Spanish: "Documentos revisados: %d",
	},
	StepSeverityHeading: {English: "Findings by severity", Spanish: "Hallazgos por severidad"},
	StepSeverity:        {English: "Severity", Spanish: "Severidad"},
	StepCount:           {English: "Findings", Spanish: "Hallazgos"},
	SeverityError:       {English: "Error", Spanish: "Error"},
	SeverityWarning:     {English: "Warning", Spanish: "Advertencia"},
	SeverityInfo:        {English: "Info", Spanish: "Información"},
	SeveritySuppressed:  {English: "Suppressed", Spanish: "Suprimidos"},
	StepCoverageHeading: {English: "Coverage by category", Spanish: "Cobertura por categoría"},
	StepCategory:        {English: "Category", Spanish: "Categoría"},
	StatusMet:           {English: "Met", Spanish: "Cumple"},
	StatusPartial:       {English: "Partial", Spanish: "Parcial"},
	StatusMissing:       {English: "Missing", Spanish: "Falta"},
	StepReadinessHeading: {
		English: "Readiness before and after",
		Spanish: "Preparación antes y después",
	},
	StepBefore: {
		English: "Before (met / partial / missing)",
		Spanish: "Antes (cumple / parcial / falta)",
	},
	StepAfter: {
		English: "After (met / partial / missing)",
		Spanish: "Después (cumple / parcial / falta)",
	},
	StepBaselineReport: {
		English: "Compared with the report %s: %d new findings, %d fixed, %d in the baseline.",
		Spanish: "Comparado con el informe %s: %d hallazgos nuevos, %d corregidos, %d en la línea base.",
	},
	StepBaselineRevision: {
		English: "Compared with Git revision %s: %d new findings, %d fixed, %d in the baseline.",
		Spanish: "Comparado con la revisión de Git %s: %d hallazgos nuevos, %d corregidos, %d en la línea base.",
	},
	StepTopHeading: {English: "Top findings", Spanish: "Hallazgos principales"},
	StepLocation:   {English: "Location", Spanish: "Ubicación"},
	StepRule:       {English: "Rule", Spanish: "Regla"},
	StepMessage:    {English: "Message", Spanish: "Mensaje"},
	StepMore: {
		English: "%d more findings are in the job log.",
		Spanish: "Hay %d hallazgos más en el registro del trabajo.",
	},
	StepNoFindings: {English: "No findings.", Spanish: "Sin hallazgos."},
}

// CategoryKey returns the key of a category's name, or "" for an unknown
// category id.
func CategoryKey(category string) Key {
	key := Key("category." + category)
	if _, ok := catalog[key]; ok {
		return key
	}
	return ""
}

// CategoryName returns the name of a category id in lang, or the id itself
// when the catalog has no name for it.
func CategoryName(lang, category string) string {
	key := CategoryKey(category)
	if key == "" {
		return category
	}
	return Text(lang, key)
}
