// Package criteria holds the catalog of the 61 SOC 2 Trust Services Criteria
// (AICPA 2017 criteria with the 2022 revised points of focus) and their
// crosswalks to ISO/IEC 27001:2022, NIST CSF 2.0 and GDPR.
//
// The catalog and crosswalks are data files under data/, embedded in the
// binary and parsed once, on first use. Titles, summaries and evidence lists
// are paraphrases in English and Spanish, not the AICPA text. Each crosswalk
// link records whether it comes from a published mapping or was derived by
// this project, and the data file headers and docs/criteria.md describe how.
//
// The embedded data is validated by the package tests, so a load failure at
// run time means the binary was built from broken data files. In that case
// the first call into the package panics with a message saying the embedded
// catalog is invalid. No other input reaches the loader, and no function of
// the package returns an error.
//
// Lookups ignore case and surrounding white space: Lookup("cc6.1") finds
// CC6.1.
package criteria
