"""The knowledge base: pages with revisions, boundary pages, the glossary, who does what."""
