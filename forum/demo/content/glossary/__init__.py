"""Shared glossary: one concept, each organization type's own definition side by side.

``org_type`` in a definition is an organization type ('social_insurance',
'employment_service', 'healthcare', 'municipal_social_services',
'coordination_association' or 'other').
"""

from forum.demo.content.glossary import benefits, cooperation, support

GLOSSARY = [*benefits.TERMS, *support.TERMS, *cooperation.TERMS]
