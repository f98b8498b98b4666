package annotate

import "testing"

func TestModality(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name, in, want string
	}{
		// English must.
		{"must", "Users must enable MFA.", "must"},
		{"shall", "The CISO shall approve exceptions.", "must"},
		{"is required to", "Each employee is required to complete training.", "must"},
		{"required", "MFA is required for all accounts.", "must"},
		{"mandatory", "Training is mandatory for new hires.", "must"},
		{"will", "Access will be revoked on the last day.", "must"},
		{"will ensure", "IT will ensure that laptops are encrypted.", "must"},
		{"is prohibited", "Sharing passwords is prohibited.", "must"},
		{"must not", "Users must not share accounts.", "must"},
		{"may not is a prohibition", "Employees may not install unapproved software.", "must"},
		{"cannot", "Shared accounts cannot be used.", "must"},
		{"need to", "Engineers need to request access.", "must"},
		// English should.
		{"should", "Passwords should be long.", "should"},
		{"strongly encouraged", "Staff are strongly encouraged to report phishing.", "should"},
		{"recommended", "A password manager is recommended.", "should"},
		{"expected to", "Managers are expected to review access.", "should"},
		{"ideally", "Ideally, reviews happen in person.", "should"},
		{"best effort", "Restores are tested on a best effort basis.", "should"},
		{"hedge caps must", "Data must be encrypted where possible.", "should"},
		{"leading hedge caps must", "If possible, data must be encrypted at rest.", "should"},
		// English may.
		{"may", "Employees may use personal devices.", "may"},
		{"can", "Users can request an exception.", "may"},
		{"optional", "A second reviewer is optional.", "may"},
		{"at the discretion of", "Extensions are granted at the discretion of the CISO.", "may"},
		{"is permitted to", "The contractor is permitted to access staging.", "may"},
		{"not required", "MFA is not required for the kiosk.", "may"},
		// Precedence and clauses.
		{"must beats may in a clause", "Users may request access, and access must be approved.", "must"},
		{"clause after but", "Staff may work remotely, but they must use the VPN.", "must"},
		{"strongest clause wins", "Keys should rotate yearly; revoked keys must be destroyed.", "must"},
		{"hedge only caps its clause", "Where possible, logs are kept; backups must be encrypted.", "must"},
		{"condition ignored", "If the owner cannot be reached, the CISO may approve.", "may"},
		{"condition with when", "When a user leaves, access must be revoked.", "must"},
		{"as required is not must", "Logs are reviewed as required.", ""},
		{"will help is not must", "This guide will help teams.", ""},
		{"only may is a restriction", "Only authorized persons may have access.", "must"},
		{"may only is a restriction", "Workstations may only be used by staff.", "must"},
		{"possibility is not permission", "Violations may result in disciplinary action.", ""},
		{"may include", "Remediation may include patching.", ""},
		{"month may", "The policy was approved in May 2026.", ""},
		{"month may with day", "Approved on 3 May by the board.", ""},
		{"none", "This policy describes access control.", ""},
		{"empty", "", ""},
		// Spanish must.
		{"debe", "El usuario debe activar MFA.", "must"},
		{"deben", "Los accesos deben revisarse.", "must"},
		{"deberan", "Los empleados deberán completar la formación.", "must"},
		{"es obligatorio", "Es obligatorio usar MFA.", "must"},
		{"se requiere", "Se requiere aprobación del responsable.", "must"},
		{"estan obligados", "Los proveedores están obligados a notificar incidentes.", "must"},
		{"queda prohibido", "Queda prohibido compartir contraseñas.", "must"},
		{"no podra is a prohibition", "El personal no podrá instalar software.", "must"},
		{"passive future", "El acceso será revocado el último día.", "must"},
		// Spanish should.
		{"deberia", "Las contraseñas deberían ser largas.", "should"},
		{"se recomienda", "Se recomienda usar un gestor de contraseñas.", "should"},
		{"se aconseja", "Se aconseja bloquear la pantalla.", "should"},
		{"se sugiere", "Se sugiere revisar los registros.", "should"},
		{"spanish hedge caps must", "Los datos deben cifrarse siempre que sea posible.", "should"},
		// Spanish may.
		{"puede", "El usuario puede solicitar una excepción.", "may"},
		{"podran", "Los contratistas podrán acceder al entorno de pruebas.", "may"},
		{"es opcional", "La segunda revisión es opcional.", "may"},
		{"a discrecion de", "Las prórrogas se conceden a discreción de la dirección.", "may"},
		{"spanish condition ignored", "Si el responsable no puede aprobar, el CISO podrá hacerlo.", "may"},
		{"solo pueden is a restriction", "Solo los administradores pueden aprobar.", "must"},
		{"puede dar lugar", "El incumplimiento puede dar lugar a sanciones.", ""},
		{"spanish none", "Esta política describe el control de acceso.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Modality(Normalize(tt.in)); got != tt.want {
				t.Errorf("Modality(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTextModalitySpanishFuture(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name, in, want string
	}{
		{"reflexive future is must", "La política se revisará anualmente.", "must"},
		{"plural reflexive future", "Los accesos se revocarán al finalizar el contrato.", "must"},
		{"present is not must", "El riesgo se considera bajo.", ""},
		{"subjunctive without accent is not must", "Si se revisara el acuerdo, habría cambios.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := TextModality(tt.in, Normalize(tt.in)); got != tt.want {
				t.Errorf("TextModality(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
