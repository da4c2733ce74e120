package org.peacedirectory.search;

import org.peacedirectory.account.ModeratorPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin rebuilds the search index from the accounts page (admins only, as all of /moderation/accounts). */
@Controller
class SearchIndexController {

    private final SearchIndexing indexing;

    SearchIndexController(SearchIndexing indexing) {
        this.indexing = indexing;
    }

    @PostMapping("/moderation/accounts/search-index")
    String rebuild(@AuthenticationPrincipal ModeratorPrincipal admin, RedirectAttributes redirect) {
        boolean started = indexing.rebuildFor(admin);
        redirect.addFlashAttribute(
                "noticeCode", started ? "account.searchIndex.started" : "account.searchIndex.alreadyBuilding");
        return "redirect:/moderation/accounts";
    }
}
