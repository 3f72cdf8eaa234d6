package dev.showpage.internal.generic;

import dev.showpage.internal.text.Names;
import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The show's hosts as the show's own lines name them. */
final class ShowHosts {

    private ShowHosts() {}

    /**
     * The first names the show's own lines give (its name, the site's description of it): the
     * show's hosts, wherever an episode names them.
     */
    static Set<String> namedBy(Optional<Show> show, List<String> navigation) {
        Set<String> hosts = new HashSet<>();
        List<String> texts = new ArrayList<>(navigation);
        show.ifPresent(s -> texts.add(s.title()));
        for (String text : texts) {
            for (String word : Names.words(text)) {
                String core = Names.core(word);
                if (core.endsWith("'s") || core.endsWith("\u2019s")) {
                    core = core.substring(0, core.length() - 2);
                }
                if (Names.isNameWord(core) && core.length() > 1) {
                    hosts.add(core);
                }
            }
        }
        return hosts;
    }
}
