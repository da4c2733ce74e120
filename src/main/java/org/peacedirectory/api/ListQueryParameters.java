package org.peacedirectory.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The description of the list page's words, filters and sort ({@code search.ListParameters}) as query
 * parameters of the API's list, for its OpenAPI description: springdoc lists each field of the record,
 * these say what it means. Values the list page would drop (a malformed year, an unknown level) are
 * dropped here too, never refused.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameters({
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description = "Words to look for in names, acronyms, places and texts (at most 200 characters); "
                    + "the list is then sorted by relevance unless sort says otherwise."),
    @Parameter(
            name = "country",
            in = ParameterIn.QUERY,
            description = "Based or working in this country, by its ISO 3166-1 alpha-2 code (/api/v1/countries); "
                    + "repeat for any of several.",
            array = @ArraySchema(schema = @Schema(type = "string", example = "ml"))),
    @Parameter(
            name = "theme",
            in = ParameterIn.QUERY,
            description = "Working on this theme, by its slug (/api/v1/themes); repeat for any of several.",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = "verified",
            in = ParameterIn.QUERY,
            description = "A verification level: existence-confirmed, confirmed-by-organisation or not-yet-verified"
                    + " (the level's name, EXISTENCE_CONFIRMED, is read too); true: any confirmed level;"
                    + " false: not yet verified (/verification explains the levels).",
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {
                                "existence-confirmed",
                                "confirmed-by-organisation",
                                "not-yet-verified",
                                "true",
                                "false"
                            })),
    @Parameter(
            name = "level",
            in = ParameterIn.QUERY,
            description = "With activities at this level; repeat for any of several.",
            array =
                    @ArraySchema(
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"LOCAL", "NATIONAL", "REGIONAL", "INTERNATIONAL"}))),
    @Parameter(
            name = "since",
            in = ParameterIn.QUERY,
            description = "Active in this year or later.",
            schema = @Schema(type = "integer", minimum = "1800", maximum = "2200", example = "2015")),
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description = "relevance (the default with words), name (the default without), or updated: the last "
                    + "changed first.",
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"relevance", "name", "updated"}))
})
@interface ListQueryParameters {}
