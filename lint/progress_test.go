package lint

import (
	"context"
	"testing"
)

func TestRunReportsProgress(t *testing.T) {
	var calls []Progress
	_, err := Run(context.Background(), Options{
		Paths:    []string{"../examples/policy-repo"},
		Progress: func(p Progress) { calls = append(calls, p) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) < 2 {
		t.Fatalf("got %d progress calls, want one per file plus the first", len(calls))
	}

	first, last := calls[0], calls[len(calls)-1]
	if first.Done != 0 || first.Total == 0 || first.LargestBytes == 0 {
		t.Errorf("first call %+v, want Done 0 with the file count and the largest size", first)
	}
	if last.Done != last.Total || len(calls) != first.Total+1 {
		t.Errorf("%d calls ending at %+v, want %d ending at Done == Total", len(calls), last, first.Total+1)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i].Done != calls[i-1].Done+1 {
			t.Errorf("call %d: Done %d after %d, want one more", i, calls[i].Done, calls[i-1].Done)
		}
	}
}
