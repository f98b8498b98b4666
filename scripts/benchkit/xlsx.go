package main

import (
	"github.com/xuri/excelize/v2"
)

// writeXLSX writes the export with excelize's StreamWriter, which keeps one
// row in memory at a time. Review dates are date-typed cells (number format
// 14), as spreadsheet applications export them.
func writeXLSX(path string, rows int) error {
	book := excelize.NewFile()
	defer book.Close()

	dateStyle, err := book.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		return err
	}

	stream, err := book.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	header := make([]any, len(exportHeader))
	for i, name := range exportHeader {
		header[i] = name
	}
	if err := stream.SetRow("A1", header); err != nil {
		return err
	}

	for i := 1; i <= rows; i++ {
		row := exportRow(i)
		cell, err := excelize.CoordinatesToCellName(1, i+1)
		if err != nil {
			return err
		}
		values := []any{row.user, row.system, row.access, row.reviewer, row.decision,
			excelize.Cell{StyleID: dateStyle, Value: row.reviewed}}
		if err := stream.SetRow(cell, values); err != nil {
			return err
		}
	}

	if err := stream.Flush(); err != nil {
		return err
	}
	return book.SaveAs(path)
}
