package org.beltportal.themes.category;

import java.util.ArrayList;
import java.util.List;

import org.beltportal.core.category.CategoryNode;
import org.beltportal.themes.site.English;
import org.beltportal.themes.site.Text;

/**
 * A category as a link: its name in the page's language (data, printed as is; an English page shows the English
 * name where the category has one, else its Chinese name) and its browse page.
 */
public record CategoryLink(String name, String url) {

    public CategoryLink {
        name = Text.orEmpty(name);
    }

    public static CategoryLink of(CategoryNode node, String base, String lang) {
        return new CategoryLink(English.orChinese(lang, node.name(), node.nameEn()), base + "/categories/" + node.id());
    }

    public static List<CategoryLink> of(List<CategoryNode> nodes, String base, String lang) {
        return nodes.stream().map(node -> of(node, base, lang)).toList();
    }

    /**
     * The links along a category path ("服装/童装/连衣裙", always the Chinese names), root first, found in the
     * tenant's tree and named in the page's language. A level
     * missing from the tree ends the trail there rather than linking to a page that would be a 404.
     */
    public static List<CategoryLink> trail(List<CategoryNode> tree, String path, String base, String lang) {
        List<CategoryLink> trail = new ArrayList<>();
        List<CategoryNode> level = tree;
        for (String name : Text.orEmpty(path).split("/")) {
            CategoryNode match = level.stream().filter(node -> node.name().equals(name.strip())).findFirst().orElse(null);
            if (match == null) {
                break;
            }
            trail.add(of(match, base, lang));
            level = match.children();
        }
        return trail;
    }

    /** Every node of the tree, parents before their children: what the sitemap lists. */
    public static List<CategoryNode> flatten(List<CategoryNode> tree) {
        List<CategoryNode> all = new ArrayList<>();
        for (CategoryNode node : tree) {
            all.add(node);
            all.addAll(flatten(node.children()));
        }
        return all;
    }
}
