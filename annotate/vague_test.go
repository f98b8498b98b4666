package annotate

import (
	"reflect"
	"testing"
)

func TestVague(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"periodically", "Access is reviewed periodically.", []string{"periodically"}},
		{"periodic", "Periodic reviews take place.", []string{"periodic"}},
		{"regularly", "Backups are tested regularly.", []string{"regularly"}},
		{"on a regular basis", "Tested on a regular basis.", []string{"on a regular basis"}},
		{"as needed", "Keys are rotated as needed.", []string{"as needed"}},
		{"as necessary and as appropriate", "Update as necessary and as appropriate.", []string{"as necessary", "as appropriate"}},
		{"from time to time", "Reviewed from time to time.", []string{"from time to time"}},
		{"management's discretion", "Tested at management\u2019s discretion.", []string{"at management's discretion"}},
		{"in a timely manner", "Patches are applied in a timely manner.", []string{"in a timely manner"}},
		{"timely", "Ensure timely patching.", []string{"timely"}},
		{"promptly", "Report promptly.", []string{"promptly"}},
		{"occasionally", "Audits occur occasionally.", []string{"occasionally"}},
		{"as deemed necessary", "Reviewed as deemed necessary.", []string{"as deemed necessary"}},
		{"repeated once", "Review regularly and test regularly.", []string{"regularly"}},
		{"listed with a concrete frequency", "Reviewed periodically, at least quarterly.", []string{"periodically"}},
		{"none", "Reviewed quarterly.", []string{}},
		{"periodicamente", "Se revisa periódicamente.", []string{"periodicamente"}},
		{"periodicas", "Revisiones periódicas.", []string{"periodicas"}},
		{"regularmente", "Se prueba regularmente.", []string{"regularmente"}},
		{"de forma periodica", "Se revisa de forma periódica.", []string{"de forma periodica"}},
		{"de manera regular", "Se revisa de manera regular.", []string{"de manera regular"}},
		{"segun sea necesario", "Actualizar según sea necesario.", []string{"segun sea necesario"}},
		{"cuando sea necesario", "Rotar cuando sea necesario.", []string{"cuando sea necesario"}},
		{"cuando se considere oportuno", "Auditar cuando se considere oportuno.", []string{"cuando se considere oportuno"}},
		{"de vez en cuando", "Se revisa de vez en cuando.", []string{"de vez en cuando"}},
		{"oportunamente", "Notificar oportunamente.", []string{"oportunamente"}},
		{"en tiempo oportuno", "Notificar en tiempo oportuno.", []string{"en tiempo oportuno"}},
		{"spanish none", "Se revisa trimestralmente.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Vague(Normalize(tt.in)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Vague(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
