package org.gapcheck.priorities;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One of the report's first steps: a theme, where the State stands against its standard
 * ({@code now}), what the standard asks ({@code asked}) and where that comes from ({@code source}),
 * the criteria that make up its score, and the steps that would close the largest of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Priority(int rank, String theme, String title, String owner, double score, String now, String asked,
                       String source, List<String> criteria, List<String> steps, List<String> recommendations,
                       List<String> challenges) {
}
