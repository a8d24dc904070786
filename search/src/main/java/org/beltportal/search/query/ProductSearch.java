package org.beltportal.search.query;

/** Product search. The scope is a required argument, so no caller can forget the tenant. */
public interface ProductSearch {

    SearchResult search(SearchScope scope, SearchQuery query);
}
