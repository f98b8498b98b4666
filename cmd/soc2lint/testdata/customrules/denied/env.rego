package soc2lint.rules.custom.env_reader

token := opa.runtime().env.GITHUB_TOKEN
