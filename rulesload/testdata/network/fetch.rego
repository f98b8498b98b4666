# METADATA
# title: Fetches a URL
# custom:
#   id: custom-fetch
#   criteria: [CC5.3]
#   severity: warning
package soc2lint.rules.custom.fetch

deny contains {"message": {"en": body}} if {
	response := http.send({"method": "GET", "url": "http://127.0.0.1:1/"})
	body := response.raw_body
}

resolved := net.lookup_ip_addr("localhost")
