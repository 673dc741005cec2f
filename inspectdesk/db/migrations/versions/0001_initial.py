"""Initial schema: every table of InspectDesk 0.1.

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-22 05:10:49.566842
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('change_log',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=200), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.Enum('insert', 'update', 'delete', 'restore', name='changeaction', native_enum=False, length=20), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_changed_at'), ['changed_at'], unique=False)
        batch_op.create_index('ix_change_log_row', ['table_name', 'row_id'], unique=False)

    op.create_table('checklist_template',
    sa.Column('family_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_fold', sa.String(length=300), nullable=False),
    sa.Column('name_sort', sa.String(length=1024).with_variant(sa.String(length=1024, collation='C'), 'postgresql'), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('builtin_key', sa.String(length=80), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_template')),
    sa.UniqueConstraint('family_id', 'version', name=op.f('uq_checklist_template_family_id_version'))
    )
    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_template_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_template_family_id'), ['family_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_template_name_fold'), ['name_fold'], unique=False)

    op.create_table('file_meta',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_file_meta'))
    )
    op.create_table('organisation',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_fold', sa.String(length=300), nullable=False),
    sa.Column('name_sort', sa.String(length=1024).with_variant(sa.String(length=1024, collation='C'), 'postgresql'), nullable=False),
    sa.Column('superior_name', sa.String(length=300), nullable=False),
    sa.Column('doc_code', sa.String(length=40), nullable=False),
    sa.Column('place_name', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_deleted'), ['deleted'], unique=False)

    op.create_table('unit_kind',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('name_fold', sa.String(length=120), nullable=False),
    sa.Column('name_sort', sa.String(length=1024).with_variant(sa.String(length=1024, collation='C'), 'postgresql'), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_kind'))
    )
    with op.batch_alter_table('unit_kind', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_kind_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_kind_name_fold'), ['name_fold'], unique=False)

    op.create_table('unit_level',
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('name_fold', sa.String(length=80), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_level'))
    )
    with op.batch_alter_table('unit_level', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_level_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_level_name_fold'), ['name_fold'], unique=False)

    op.create_table('checklist_section',
    sa.Column('template_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_template.id'], name=op.f('fk_checklist_section_template_id_checklist_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_section'))
    )
    with op.batch_alter_table('checklist_section', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_section_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_section_template_id'), ['template_id'], unique=False)

    op.create_table('plan',
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('title_fold', sa.String(length=500), nullable=False),
    sa.Column('title_sort', sa.String(length=1024).with_variant(sa.String(length=1024, collation='C'), 'postgresql'), nullable=False),
    sa.Column('issuer', sa.String(length=300), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('decision_number', sa.String(length=60), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('checklist_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'approved', 'in_progress', 'closed', name='planstatus', native_enum=False, length=20), nullable=False),
    sa.Column('sampling_seed', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['checklist_id'], ['checklist_template.id'], name=op.f('fk_plan_checklist_id_checklist_template')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_plan_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan'))
    )
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_number'), ['number'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_start_on'), ['start_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_title_fold'), ['title_fold'], unique=False)

    op.create_table('unit',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_fold', sa.String(length=300), nullable=False),
    sa.Column('name_sort', sa.String(length=1024).with_variant(sa.String(length=1024, collation='C'), 'postgresql'), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('kind_id', sa.Uuid(), nullable=True),
    sa.Column('level_id', sa.Uuid(), nullable=True),
    sa.Column('admin_code', sa.String(length=20), nullable=False),
    sa.Column('code_catalogue', sa.String(length=80), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['kind_id'], ['unit_kind.id'], name=op.f('fk_unit_kind_id_unit_kind')),
    sa.ForeignKeyConstraint(['level_id'], ['unit_level.id'], name=op.f('fk_unit_level_id_unit_level')),
    sa.ForeignKeyConstraint(['parent_id'], ['unit.id'], name=op.f('fk_unit_parent_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit'))
    )
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_admin_code'), ['admin_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_kind_id'), ['kind_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_level_id'), ['level_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_name_fold'), ['name_fold'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_name_sort'), ['name_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_parent_id'), ['parent_id'], unique=False)

    op.create_table('checklist_item',
    sa.Column('section_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('guidance', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['section_id'], ['checklist_section.id'], name=op.f('fk_checklist_item_section_id_checklist_section')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_item'))
    )
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_item_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_item_section_id'), ['section_id'], unique=False)

    op.create_table('lead',
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('source', sa.Enum('press', 'hotline', 'letter', 'in_person', 'other', name='leadsource', native_enum=False, length=20), nullable=False),
    sa.Column('source_detail', sa.String(length=300), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('summary_fold', sa.Text(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.Enum('new', 'verifying', 'visit_planned', 'closed', name='leadstatus', native_enum=False, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_lead_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lead'))
    )
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lead_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_lead_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_lead_unit_id'), ['unit_id'], unique=False)

    op.create_table('person',
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('name_fold', sa.String(length=200), nullable=False),
    sa.Column('name_sort', sa.String(length=1024).with_variant(sa.String(length=1024, collation='C'), 'postgresql'), nullable=False),
    sa.Column('honorific', sa.Enum('', 'ong', 'ba', name='honorific', native_enum=False, length=20), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_person_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name_fold'), ['name_fold'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name_sort'), ['name_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_unit_id'), ['unit_id'], unique=False)

    op.create_table('sampling_stratum',
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind_id', sa.Uuid(), nullable=True),
    sa.Column('level_id', sa.Uuid(), nullable=True),
    sa.Column('under_unit_id', sa.Uuid(), nullable=True),
    sa.Column('percent', sa.Numeric(precision=5, scale=2, asdecimal=False), nullable=True),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['kind_id'], ['unit_kind.id'], name=op.f('fk_sampling_stratum_kind_id_unit_kind')),
    sa.ForeignKeyConstraint(['level_id'], ['unit_level.id'], name=op.f('fk_sampling_stratum_level_id_unit_level')),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_sampling_stratum_plan_id_plan')),
    sa.ForeignKeyConstraint(['under_unit_id'], ['unit.id'], name=op.f('fk_sampling_stratum_under_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sampling_stratum'))
    )
    with op.batch_alter_table('sampling_stratum', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sampling_stratum_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_sampling_stratum_plan_id'), ['plan_id'], unique=False)

    op.create_table('team',
    sa.Column('plan_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_fold', sa.String(length=300), nullable=False),
    sa.Column('name_sort', sa.String(length=1024).with_variant(sa.String(length=1024, collation='C'), 'postgresql'), nullable=False),
    sa.Column('doc_code', sa.String(length=40), nullable=False),
    sa.Column('is_undercover', sa.Boolean(), nullable=False),
    sa.Column('decision_number', sa.String(length=60), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_team_plan_id_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team'))
    )
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_name_fold'), ['name_fold'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_plan_id'), ['plan_id'], unique=False)

    op.create_table('team_member',
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('leader', 'deputy', 'member', 'secretary', name='teamrole', native_enum=False, length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_team_member_person_id_person')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_team_member_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_member'))
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_member_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_member_team_id'), ['team_id'], unique=False)

    op.create_table('visit',
    sa.Column('plan_id', sa.Uuid(), nullable=True),
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('lead_id', sa.Uuid(), nullable=True),
    sa.Column('mode', sa.Enum('announced', 'unannounced', name='visitmode', native_enum=False, length=20), nullable=False),
    sa.Column('status', sa.Enum('planned', 'notified', 'in_progress', 'drafted', 'signed', 'cancelled', name='visitstatus', native_enum=False, length=20), nullable=False),
    sa.Column('scheduled_on', sa.Date(), nullable=True),
    sa.Column('actual_start', sa.DateTime(), nullable=True),
    sa.Column('actual_end', sa.DateTime(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('causes', sa.Text(), nullable=False),
    sa.Column('unit_opinion', sa.Text(), nullable=False),
    sa.Column('other_notes', sa.Text(), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('minutes_number', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_visit_lead_id_lead')),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_visit_plan_id_plan')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_visit_team_id_team')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_visit_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_scheduled_on'), ['scheduled_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_unit_id'), ['unit_id'], unique=False)

    op.create_table('attendee',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('side', sa.Enum('team', 'unit', 'other', name='attendeeside', native_enum=False, length=20), nullable=False),
    sa.Column('team_role', sa.Enum('leader', 'deputy', 'member', 'secretary', name='teamrole', native_enum=False, length=20), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendee_person_id_person')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_attendee_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendee'))
    )
    with op.batch_alter_table('attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendee_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendee_visit_id'), ['visit_id'], unique=False)

    op.create_table('checklist_result',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('result', sa.Enum('unset', 'pass', 'fail', 'na', name='itemresult', native_enum=False, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['checklist_item.id'], name=op.f('fk_checklist_result_item_id_checklist_item')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_checklist_result_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_result')),
    sa.UniqueConstraint('visit_id', 'item_id', name=op.f('uq_checklist_result_visit_id_item_id'))
    )
    with op.batch_alter_table('checklist_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_result_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_result_visit_id'), ['visit_id'], unique=False)

    op.create_table('finding',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('strength', 'shortcoming', 'violation', name='findingkind', native_enum=False, length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_fold', sa.Text(), nullable=False),
    sa.Column('cause', sa.Text(), nullable=False),
    sa.Column('responsible_person_id', sa.Uuid(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['checklist_item.id'], name=op.f('fk_finding_item_id_checklist_item')),
    sa.ForeignKeyConstraint(['responsible_person_id'], ['person.id'], name=op.f('fk_finding_responsible_person_id_person')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_finding_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding'))
    )
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finding_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_finding_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_finding_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_finding_visit_id'), ['visit_id'], unique=False)

    op.create_table('issued_document',
    sa.Column('doc_type', sa.Enum('BB', 'BC', 'KH', 'QĐ', 'TB', name='documenttype', native_enum=False, length=4), nullable=False),
    sa.Column('issuer_code', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('plan_id', sa.Uuid(), nullable=True),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_issued_document_plan_id_plan')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_issued_document_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_document')),
    sa.UniqueConstraint('issuer_code', 'doc_type', 'year', 'sequence', name=op.f('uq_issued_document_issuer_code_doc_type_year_sequence'))
    )
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_document_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_document_number'), ['number'], unique=False)

    op.create_table('recommendation',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('finding_id', sa.Uuid(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_fold', sa.Text(), nullable=False),
    sa.Column('responsible', sa.String(length=300), nullable=False),
    sa.Column('responsible_unit_id', sa.Uuid(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_progress', 'done', name='remediationstatus', native_enum=False, length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['finding.id'], name=op.f('fk_recommendation_finding_id_finding')),
    sa.ForeignKeyConstraint(['responsible_unit_id'], ['unit.id'], name=op.f('fk_recommendation_responsible_unit_id_unit')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_recommendation_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation'))
    )
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_visit_id'), ['visit_id'], unique=False)

    op.create_table('sanction',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('finding_id', sa.Uuid(), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('person_name', sa.String(length=200), nullable=False),
    sa.Column('form', sa.Enum('reminder', 'criticism', 'self_criticism', 'reprimand', 'warning', 'demotion', 'dismissal', 'discharge', name='sanctionform', native_enum=False, length=20), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decision_number', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['finding.id'], name=op.f('fk_sanction_finding_id_finding')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_sanction_person_id_person')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_sanction_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sanction'))
    )
    with op.batch_alter_table('sanction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sanction_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_sanction_visit_id'), ['visit_id'], unique=False)

    op.create_table('remediation_event',
    sa.Column('recommendation_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('open', 'in_progress', 'done', name='remediationstatus', native_enum=False, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_remediation_event_recommendation_id_recommendation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_remediation_event'))
    )
    with op.batch_alter_table('remediation_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remediation_event_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_remediation_event_recommendation_id'), ['recommendation_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('remediation_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_remediation_event_recommendation_id'))
        batch_op.drop_index(batch_op.f('ix_remediation_event_deleted'))

    op.drop_table('remediation_event')
    with op.batch_alter_table('sanction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sanction_visit_id'))
        batch_op.drop_index(batch_op.f('ix_sanction_deleted'))

    op.drop_table('sanction')
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_visit_id'))
        batch_op.drop_index(batch_op.f('ix_recommendation_status'))
        batch_op.drop_index(batch_op.f('ix_recommendation_deleted'))
        batch_op.drop_index(batch_op.f('ix_recommendation_deadline'))

    op.drop_table('recommendation')
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_document_number'))
        batch_op.drop_index(batch_op.f('ix_issued_document_deleted'))

    op.drop_table('issued_document')
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finding_visit_id'))
        batch_op.drop_index(batch_op.f('ix_finding_kind'))
        batch_op.drop_index(batch_op.f('ix_finding_item_id'))
        batch_op.drop_index(batch_op.f('ix_finding_deleted'))

    op.drop_table('finding')
    with op.batch_alter_table('checklist_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_result_visit_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_result_deleted'))

    op.drop_table('checklist_result')
    with op.batch_alter_table('attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendee_visit_id'))
        batch_op.drop_index(batch_op.f('ix_attendee_deleted'))

    op.drop_table('attendee')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_unit_id'))
        batch_op.drop_index(batch_op.f('ix_visit_team_id'))
        batch_op.drop_index(batch_op.f('ix_visit_status'))
        batch_op.drop_index(batch_op.f('ix_visit_scheduled_on'))
        batch_op.drop_index(batch_op.f('ix_visit_plan_id'))
        batch_op.drop_index(batch_op.f('ix_visit_deleted'))

    op.drop_table('visit')
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_team_id'))
        batch_op.drop_index(batch_op.f('ix_team_member_person_id'))
        batch_op.drop_index(batch_op.f('ix_team_member_deleted'))

    op.drop_table('team_member')
    with op.batch_alter_table('team', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_plan_id'))
        batch_op.drop_index(batch_op.f('ix_team_name_fold'))
        batch_op.drop_index(batch_op.f('ix_team_deleted'))

    op.drop_table('team')
    with op.batch_alter_table('sampling_stratum', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sampling_stratum_plan_id'))
        batch_op.drop_index(batch_op.f('ix_sampling_stratum_deleted'))

    op.drop_table('sampling_stratum')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_unit_id'))
        batch_op.drop_index(batch_op.f('ix_person_name_sort'))
        batch_op.drop_index(batch_op.f('ix_person_name_fold'))
        batch_op.drop_index(batch_op.f('ix_person_deleted'))

    op.drop_table('person')
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lead_unit_id'))
        batch_op.drop_index(batch_op.f('ix_lead_received_on'))
        batch_op.drop_index(batch_op.f('ix_lead_deleted'))

    op.drop_table('lead')
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_item_section_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_item_deleted'))

    op.drop_table('checklist_item')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_parent_id'))
        batch_op.drop_index(batch_op.f('ix_unit_name_sort'))
        batch_op.drop_index(batch_op.f('ix_unit_name_fold'))
        batch_op.drop_index(batch_op.f('ix_unit_level_id'))
        batch_op.drop_index(batch_op.f('ix_unit_kind_id'))
        batch_op.drop_index(batch_op.f('ix_unit_deleted'))
        batch_op.drop_index(batch_op.f('ix_unit_admin_code'))

    op.drop_table('unit')
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_title_fold'))
        batch_op.drop_index(batch_op.f('ix_plan_start_on'))
        batch_op.drop_index(batch_op.f('ix_plan_number'))
        batch_op.drop_index(batch_op.f('ix_plan_deleted'))

    op.drop_table('plan')
    with op.batch_alter_table('checklist_section', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_section_template_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_section_deleted'))

    op.drop_table('checklist_section')
    with op.batch_alter_table('unit_level', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_level_name_fold'))
        batch_op.drop_index(batch_op.f('ix_unit_level_deleted'))

    op.drop_table('unit_level')
    with op.batch_alter_table('unit_kind', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_kind_name_fold'))
        batch_op.drop_index(batch_op.f('ix_unit_kind_deleted'))

    op.drop_table('unit_kind')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_deleted'))

    op.drop_table('organisation')
    op.drop_table('file_meta')
    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_template_name_fold'))
        batch_op.drop_index(batch_op.f('ix_checklist_template_family_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_template_deleted'))

    op.drop_table('checklist_template')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_row')
        batch_op.drop_index(batch_op.f('ix_change_log_changed_at'))

    op.drop_table('change_log')
    
