package i18n

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"nothing set", nil, English},
		{"LANG Spanish", map[string]string{"LANG": "es_ES.UTF-8"}, Spanish},
		{"LANG Mexican Spanish", map[string]string{"LANG": "es_MX"}, Spanish},
		{"LANG bare es", map[string]string{"LANG": "es"}, Spanish},
		{"LANG French", map[string]string{"LANG": "fr_FR.UTF-8"}, English},
		{"LC_ALL over LANG", map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "es_ES.UTF-8"}, English},
		{"LC_ALL Spanish", map[string]string{"LC_ALL": "es_AR.UTF-8", "LANG": "en_US.UTF-8"}, Spanish},
		{"LC_MESSAGES over LANG", map[string]string{"LC_MESSAGES": "es_CL", "LANG": "en_GB"}, Spanish},
		{"LANGUAGE first", map[string]string{"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}, Spanish},
		{"LANGUAGE skips unsupported", map[string]string{"LANGUAGE": "fr:es_ES", "LANG": "en_US"}, Spanish},
		{"LANGUAGE only unsupported", map[string]string{"LANGUAGE": "fr:de", "LANG": "es_ES"}, Spanish},
		{"C locale ignores LANGUAGE", map[string]string{"LANGUAGE": "es", "LC_ALL": "C"}, English},
		{"POSIX locale", map[string]string{"LANG": "POSIX"}, English},
		{"upper-case language", map[string]string{"LANG": "ES_ES"}, Spanish},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			getenv := func(name string) string { return tt.env[name] }
			if got := Detect(getenv); got != tt.want {
				t.Errorf("Detect(%v) = %q, want %q", tt.env, got, tt.want)
			}
		})
	}
}

func TestResolvePrecedence(t *testing.T) {
	spanishEnv := func(name string) string {
		if name == "LANG" {
			return "es_ES.UTF-8"
		}
		return ""
	}
	if got := Resolve("en", "es", spanishEnv); got != English {
		t.Errorf("flag: got %q, want en", got)
	}
	if got := Resolve("", "en", spanishEnv); got != English {
		t.Errorf("config over environment: got %q, want en", got)
	}
	if got := Resolve("", "", spanishEnv); got != Spanish {
		t.Errorf("environment: got %q, want es", got)
	}
}
