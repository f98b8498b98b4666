package annotate

import "testing"

func TestDetectLanguage(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name, in, want string
	}{
		{
			"english",
			"This policy defines the requirements for access to the systems of the company. All users must use multi-factor authentication, and access is reviewed by the owner of each system every quarter.",
			"en",
		},
		{
			"spanish",
			"Esta política define los requisitos para el acceso a los sistemas de la empresa. Todos los usuarios deben usar autenticación multifactor y el responsable de cada sistema revisa los accesos cada trimestre.",
			"es",
		},
		{
			"french is not spanish",
			"La présente politique établit les exigences pour le contrôle de l'accès aux systèmes d'information, applications et données de l'organisation. Elle garantit que l'accès est accordé sur la base du besoin métier et du principe du moindre privilège.",
			"",
		},
		{
			"german is undecided",
			"Diese Richtlinie legt die Anforderungen an den Zugriff auf die Systeme des Unternehmens fest. Alle Benutzer müssen eine Mehrfaktor-Authentifizierung verwenden, und der Zugriff wird vierteljährlich überprüft.",
			"",
		},
		{"too short", "All users must use MFA.", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := DetectLanguage(tt.in); got != tt.want {
				t.Errorf("DetectLanguage(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDetectLanguageMixedEvenly(t *testing.T) {
	t.Parallel()

	english := "the owner of the system and the users of the service are in the scope of this policy "
	spanish := "el responsable del sistema y los usuarios del servicio son parte de esta política con sus datos "
	if got := DetectLanguage(english + spanish); got != "" {
		t.Errorf("DetectLanguage(half English, half Spanish) = %q, want \"\"", got)
	}
}
