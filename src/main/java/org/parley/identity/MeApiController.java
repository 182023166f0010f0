package org.parley.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is, as Parley sees them: a first call for a script to check its token.
 */
@RestController
@Tag(name = "Account")
class MeApiController {

	@GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The caller: username, name, roles and teams",
			description = "Answers for the owner of the access token (or the signed-in session) that makes the request.")
	@ApiResponse(responseCode = "200", description = "The caller")
	@ApiResponse(responseCode = "401", description = "No valid access token or session",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblems.Problem.class)))
	Me me(@AuthenticationPrincipal ParleyUser user) {
		return new Me(user.username(), user.displayName(), user.roles().stream().map(Role::name).sorted().toList(),
				user.teams());
	}

	/**
	 * The caller.
	 *
	 * @param username the username they sign in with
	 * @param displayName their full name
	 * @param roles their roles (FIELD_OFFICER, HQ_REVIEWER, AUDITOR, ADMIN)
	 * @param teams the teams whose records they may see
	 */
	record Me(String username, String displayName, List<String> roles, List<ParleyUser.TeamRef> teams) {

	}

}
