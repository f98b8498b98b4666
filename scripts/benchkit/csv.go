package main

import (
	"bufio"
	"encoding/csv"
	"os"
)

// writeCSV writes the export as RFC 4180 comma-separated values with ISO
// 8601 review dates.
func writeCSV(path string, rows int) error {
	file, err := os.Create(path)
	if err != nil {
		return err
	}

	buffered := bufio.NewWriterSize(file, 1<<20)
	writer := csv.NewWriter(buffered)
	if err := writer.Write(exportHeader); err != nil {
		file.Close()
		return err
	}
	for i := 1; i <= rows; i++ {
		row := exportRow(i)
		record := []string{row.user, row.system, row.access, row.reviewer, row.decision, row.reviewed.Format("2006-01-02")}
		if err := writer.Write(record); err != nil {
			file.Close()
			return err
		}
	}

	writer.Flush()
	if err := writer.Error(); err != nil {
		file.Close()
		return err
	}
	if err := buffered.Flush(); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}
