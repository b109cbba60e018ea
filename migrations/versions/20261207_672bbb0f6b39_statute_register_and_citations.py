"""statute register and citations

Revision ID: 672bbb0f6b39
Revises: c4e8a1f2d7b3
Create Date: 2026-12-07 00:23:37.971924
"""
from alembic import op
import sqlalchemy as sa
import forum.db
from datetime import UTC, datetime


revision = '672bbb0f6b39'
down_revision = 'c4e8a1f2d7b3'
branch_labels = None
depends_on = None


SE = "https://rkrattsbaser.gov.se/sfst?bet={number}"
NO = "https://lovdata.no/lov/{number}"
# The register's first entries: the laws that divide the work between the agencies of the
# field, and every law the demo content cites. Swedish texts link to the Government Offices'
# legal database (SFST), whose pages carry the anchors K<chapter>P<section>; Norwegian ones to
# Lovdata's paths § <chapter>-<section>. Known ranges only where they are certain.
# (number, short name, title, other names, chaptered, highest chapter, highest section)
SWEDISH = [
    ("2010:110", "SFB", "Socialförsäkringsbalk (2010:110)",
     ["socialförsäkringsbalk"], True, 127, None),
    ("2025:400", "SoL", "Socialtjänstlag (2025:400)", ["socialtjänstlag"], True, None, None),
    ("2001:453", "SoL 2001", "Socialtjänstlag (2001:453), upphävd 2025", [], True, 16, None),
    ("2009:400", "OSL", "Offentlighets- och sekretesslag (2009:400)",
     ["offentlighets- och sekretesslag", "sekretesslag"], True, 44, None),
    ("2017:30", "HSL", "Hälso- och sjukvårdslag (2017:30)",
     ["hälso- och sjukvårdslag"], True, None, None),
    ("1993:387", "LSS", "Lag (1993:387) om stöd och service till vissa funktionshindrade",
     ["lag om stöd och service till vissa funktionshindrade",
      "lagen om stöd och service till vissa funktionshindrade"], False, None, None),
    ("2017:900", "FL", "Förvaltningslag (2017:900)", ["förvaltningslag"], False, None, None),
    ("2003:1210", "FINSAM",
     "Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser",
     ["Finsam", "Finsamlag", "Finsam-lag",
      "lag om finansiell samordning av rehabiliteringsinsatser",
      "lagen om finansiell samordning av rehabiliteringsinsatser"], False, None, None),
    ("1977:1160", "AML", "Arbetsmiljölag (1977:1160)", ["arbetsmiljölag"], True, None, None),
    ("1982:80", "LAS", "Lag (1982:80) om anställningsskydd",
     ["lag om anställningsskydd", "lagen om anställningsskydd", "anställningsskyddslag"],
     False, None, None),
    ("2008:355", "PDL", "Patientdatalag (2008:355)", ["patientdatalag"], True, None, None),
    ("2014:821", "PatL", "Patientlag (2014:821)", ["patientlag"], True, None, None),
    ("2019:1297", "koordineringslagen",
     "Lag (2019:1297) om koordineringsinsatser för sjukskrivna patienter",
     ["lag om koordineringsinsatser för sjukskrivna patienter",
      "lagen om koordineringsinsatser för sjukskrivna patienter"], False, None, None),
    ("2000:625", "LAP", "Lag (2000:625) om arbetsmarknadspolitiska program",
     ["lag om arbetsmarknadspolitiska program", "lagen om arbetsmarknadspolitiska program"],
     False, None, None),
    ("2000:628", "FAV", "Förordning (2000:628) om den arbetsmarknadspolitiska verksamheten",
     ["förordningen om den arbetsmarknadspolitiska verksamheten"], False, None, None),
    ("1997:238", "ALF", "Lag (1997:238) om arbetslöshetsförsäkring",
     ["lag om arbetslöshetsförsäkring", "lagen om arbetslöshetsförsäkring"], False, None, None),
]
NORWEGIAN = [
    ("2006-06-16-20", "NAV-loven", "Lov om arbeids- og velferdsforvaltningen (NAV-loven)",
     ["NAV-lov", "arbeids- og velferdsforvaltningslov"], False, None, None),
    ("1997-02-28-19", "ftrl.", "Lov om folketrygd (folketrygdloven)",
     ["folketrygdlov"], True, None, None),
    ("2009-12-18-131", "sotjl.",
     "Lov om sosiale tjenester i arbeids- og velferdsforvaltningen (sosialtjenesteloven)",
     ["sosialtjenestelov"], False, None, None),
    ("2005-06-17-62", "aml.",
     "Lov om arbeidsmiljø, arbeidstid og stillingsvern mv. (arbeidsmiljøloven)",
     ["arbeidsmiljølov"], True, None, None),
    ("1967-02-10", "fvl.", "Lov om behandlingsmåten i forvaltningssaker (forvaltningsloven)",
     ["forvaltningslov"], False, None, None),
]


def _rows():
    for country, base, laws in (("se", SE, SWEDISH), ("no", NO, NORWEGIAN)):
        for number, short, title, names, chaptered, chapters, sections in laws:
            url = base.format(number=number)
            if country == "se":
                chapter_url = url + "#K{chapter}" if chaptered else ""
                section_url = url + ("#K{chapter}P{section}" if chaptered else "#P{section}")
            else:
                chapter_url = ""
                # "§" percent-encoded: an href is ASCII.
                section_url = url + ("/%C2%A7{chapter}-{section}" if chaptered
                                     else "/%C2%A7{section}")
            yield {"number": number, "short_name": short, "title": title,
                   "names": "\n".join(names), "country": country, "url": url,
                   "chapter_url": chapter_url, "section_url": section_url,
                   "chaptered": chaptered, "chapters": chapters, "sections": sections,
                   "updated_at": datetime.now(UTC)}


def upgrade():
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table('statutes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('short_name', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('names', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('url', sa.String(length=500), nullable=False),
    sa.Column('chapter_url', sa.String(length=500), nullable=False),
    sa.Column('section_url', sa.String(length=500), nullable=False),
    sa.Column('chaptered', sa.Boolean(), nullable=False),
    sa.Column('chapters', sa.Integer(), nullable=True),
    sa.Column('sections', sa.Integer(), nullable=True),
    sa.Column('updated_at', forum.db.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statutes')),
    sa.UniqueConstraint('number', name=op.f('uq_statutes_number')),
    sa.UniqueConstraint('short_name', name=op.f('uq_statutes_short_name'))
    )
    op.create_table('statute_citations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statute_id', sa.Integer(), nullable=False),
    sa.Column('source_type', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=True),
    sa.Column('chapter', sa.Integer(), nullable=True),
    sa.Column('section', sa.String(length=10), nullable=True),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['statute_id'], ['statutes.id'], name=op.f('fk_statute_citations_statute_id_statutes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statute_citations'))
    )
    with op.batch_alter_table('statute_citations', schema=None) as batch_op:
        batch_op.create_index('ix_statute_citations_source', ['source_type', 'source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statute_citations_statute_id'), ['statute_id'], unique=False)

    # ### end Alembic commands ###
    statutes = sa.table('statutes', *(sa.column(c) for c in (
        'number', 'short_name', 'title', 'names', 'country', 'url', 'chapter_url',
        'section_url', 'chapters', 'sections')),
        sa.column('chaptered', sa.Boolean()), sa.column('updated_at', forum.db.UTCDateTime()))
    op.bulk_insert(statutes, list(_rows()))


def downgrade():
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table('statute_citations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statute_citations_statute_id'))
        batch_op.drop_index('ix_statute_citations_source')

    op.drop_table('statute_citations')
    op.drop_table('statutes')
    # ### end Alembic commands ###
