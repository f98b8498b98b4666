package soc2lint.rules.custom.clock_helper

age_days(ns) := (time.now_ns() - ns) / (24 * 60 * 60 * 1000000000)
