-- Full-text index over procedures (rowid = procedures.id). Text is stored already normalized
-- (lower case, no diacritics, đ → d) by lib/search-text.ts, so queries match with or without accents.
CREATE VIRTUAL TABLE `procedure_search` USING fts5(code, name, field, tokenize = 'unicode61 remove_diacritics 2');
