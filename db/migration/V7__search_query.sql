-- What a reader typed, as a full-text query: tokenised by the same parser and normalised by the same
-- search_text() as the documents, each word a prefix, every word required. NULL (which matches nothing)
-- when nothing searchable was typed ("!!!", an emoji). Built here rather than in the application so
-- that a character the parser or unaccent treats specially ("l'eau", "½", "ŉ") can never make the
-- query malformed.
CREATE FUNCTION search_query(text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT string_agg(quote_literal(word) || ':*', ' & ')::tsquery
          FROM unnest(tsvector_to_array(to_tsvector('simple', search_text($1)))) AS word $$;
