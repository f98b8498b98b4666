package config

import (
	"strings"
	"testing"
)

func TestMaxMemoryBytes(t *testing.T) {
	cfg, err := Parse("test.yaml", []byte("limits:\n  max_memory_bytes: 4294967296\n"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Limits.MaxMemoryBytes != 4<<30 {
		t.Errorf("MaxMemoryBytes = %d, want 4 GiB", cfg.Limits.MaxMemoryBytes)
	}

	cfg, err = Parse("test.yaml", []byte("limits:\n  max_memory_bytes: 0\n"))
	if err != nil {
		t.Fatalf("0 (the default) rejected: %v", err)
	}
	if cfg.Limits.MaxMemoryBytes != 0 {
		t.Errorf("MaxMemoryBytes = %d, want 0", cfg.Limits.MaxMemoryBytes)
	}
}

func TestMaxMemoryBytesRejectsSmallValues(t *testing.T) {
	for _, value := range []string{"-1", "1000", "67108863"} {
		_, err := Parse("test.yaml", []byte("limits:\n  timeout_seconds: 5\n  max_memory_bytes: "+value+"\n"))
		if err == nil {
			t.Errorf("max_memory_bytes %s accepted", value)
			continue
		}
		if !strings.Contains(err.Error(), "test.yaml:3: limits.max_memory_bytes: invalid value "+value) {
			t.Errorf("error = %q, want one naming line 3, the key and the value", err)
		}
	}
}
