-- The application keeps an in-memory index of published organisations (see SearchIndex). Every change
-- to an organisation row, including each refresh of its search columns, takes a new number from a
-- sequence, so that the count and the sum of these numbers over published rows change whenever
-- anything the index holds changes: a cheap check for an instance that did not make the change itself.

CREATE SEQUENCE organisation_search_version;

ALTER TABLE organisation ADD COLUMN search_version bigint NOT NULL DEFAULT 0;

CREATE FUNCTION next_search_version() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        NEW.search_version := nextval('organisation_search_version');
        RETURN NEW;
    END
    $$;

CREATE TRIGGER organisation_search_version
    BEFORE INSERT OR UPDATE ON organisation
    FOR EACH ROW EXECUTE FUNCTION next_search_version();

-- The words of what a reader typed, tokenised by the same parser and normalised by the same
-- search_text() as the documents (the words search_query() makes a query of), for the index.
CREATE FUNCTION search_words(text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT tsvector_to_array(to_tsvector('simple', search_text($1))) $$;
