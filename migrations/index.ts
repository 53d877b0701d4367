import * as migration_20261128_215852_initial from './20261128_215852_initial';
import * as migration_20261129_063341_workflow_and_redirects from './20261129_063341_workflow_and_redirects';
import * as migration_20261129_063607_featured from './20261129_063607_featured';
import * as migration_20261129_064258_enquiries from './20261129_064258_enquiries';
import * as migration_20261129_070744_workflow_times from './20261129_070744_workflow_times';
import * as migration_20261129_071355_discovery_and_alerts from './20261129_071355_discovery_and_alerts';
import * as migration_20261129_101845_redirects from './20261129_101845_redirects';
import * as migration_20261129_223707_security_gate from './20261129_223707_security_gate';
import * as migration_20261129_234650_comms_day from './20261129_234650_comms_day';
import * as migration_20261130_003401_going_public from './20261130_003401_going_public';
import * as migration_20261202_023000_body_media_index from './20261202_023000_body_media_index';
import * as migration_20261202_041753_media_storage from './20261202_041753_media_storage';
import * as migration_20261202_121317_import_and_link_checks from './20261202_121317_import_and_link_checks';
import * as migration_20261202_122937_release_corrections from './20261202_122937_release_corrections';
import * as migration_20261202_125631_on_call_rota from './20261202_125631_on_call_rota';
import * as migration_20261202_150014_experts from './20261202_150014_experts';
import * as migration_20261202_150500_honest_numbers from './20261202_150500_honest_numbers';
import * as migration_20261207_130814_sign_in_limits from './20261207_130814_sign_in_limits';
import * as migration_20261207_141755_alert_anyway from './20261207_141755_alert_anyway';
import * as migration_20261207_143037_expert_label from './20261207_143037_expert_label';
import * as migration_20261207_150000_preview_open_kinds from './20261207_150000_preview_open_kinds';
import * as migration_20261207_153512_delivery_logged from './20261207_153512_delivery_logged';
import * as migration_20261207_161541_topic_rename_search from './20261207_161541_topic_rename_search';
import * as migration_20261207_191045_distribution from './20261207_191045_distribution';
import * as migration_20261207_200000_contact_suppressions from './20261207_200000_contact_suppressions';
import * as migration_20261207_230000_release_body_media from './20261207_230000_release_body_media';
import * as migration_20261208_030000_audit_trail from './20261208_030000_audit_trail';
import * as migration_20261208_040000_sso_access from './20261208_040000_sso_access';
import * as migration_20261208_050000_second_factor from './20261208_050000_second_factor';

export const migrations = [
  {
    up: migration_20261128_215852_initial.up,
    down: migration_20261128_215852_initial.down,
    name: '20261128_215852_initial',
  },
  {
    up: migration_20261129_063341_workflow_and_redirects.up,
    down: migration_20261129_063341_workflow_and_redirects.down,
    name: '20261129_063341_workflow_and_redirects',
  },
  {
    up: migration_20261129_063607_featured.up,
    down: migration_20261129_063607_featured.down,
    name: '20261129_063607_featured',
  },
  {
    up: migration_20261129_064258_enquiries.up,
    down: migration_20261129_064258_enquiries.down,
    name: '20261129_064258_enquiries',
  },
  {
    up: migration_20261129_070744_workflow_times.up,
    down: migration_20261129_070744_workflow_times.down,
    name: '20261129_070744_workflow_times',
  },
  {
    up: migration_20261129_071355_discovery_and_alerts.up,
    down: migration_20261129_071355_discovery_and_alerts.down,
    name: '20261129_071355_discovery_and_alerts',
  },
  {
    up: migration_20261129_101845_redirects.up,
    down: migration_20261129_101845_redirects.down,
    name: '20261129_101845_redirects',
  },
  {
    up: migration_20261129_223707_security_gate.up,
    down: migration_20261129_223707_security_gate.down,
    name: '20261129_223707_security_gate',
  },
  {
    up: migration_20261129_234650_comms_day.up,
    down: migration_20261129_234650_comms_day.down,
    name: '20261129_234650_comms_day',
  },
  {
    up: migration_20261130_003401_going_public.up,
    down: migration_20261130_003401_going_public.down,
    name: '20261130_003401_going_public',
  },
  {
    up: migration_20261202_023000_body_media_index.up,
    down: migration_20261202_023000_body_media_index.down,
    name: '20261202_023000_body_media_index',
  },
  {
    up: migration_20261202_041753_media_storage.up,
    down: migration_20261202_041753_media_storage.down,
    name: '20261202_041753_media_storage',
  },
  {
    up: migration_20261202_121317_import_and_link_checks.up,
    down: migration_20261202_121317_import_and_link_checks.down,
    name: '20261202_121317_import_and_link_checks',
  },
  {
    up: migration_20261202_122937_release_corrections.up,
    down: migration_20261202_122937_release_corrections.down,
    name: '20261202_122937_release_corrections',
  },
  {
    up: migration_20261202_125631_on_call_rota.up,
    down: migration_20261202_125631_on_call_rota.down,
    name: '20261202_125631_on_call_rota',
  },
  {
    up: migration_20261202_150014_experts.up,
    down: migration_20261202_150014_experts.down,
    name: '20261202_150014_experts',
  },
  {
    up: migration_20261202_150500_honest_numbers.up,
    down: migration_20261202_150500_honest_numbers.down,
    name: '20261202_150500_honest_numbers',
  },
  {
    up: migration_20261207_130814_sign_in_limits.up,
    down: migration_20261207_130814_sign_in_limits.down,
    name: '20261207_130814_sign_in_limits',
  },
  {
    up: migration_20261207_141755_alert_anyway.up,
    down: migration_20261207_141755_alert_anyway.down,
    name: '20261207_141755_alert_anyway',
  },
  {
    up: migration_20261207_143037_expert_label.up,
    down: migration_20261207_143037_expert_label.down,
    name: '20261207_143037_expert_label',
  },
  {
    up: migration_20261207_150000_preview_open_kinds.up,
    down: migration_20261207_150000_preview_open_kinds.down,
    name: '20261207_150000_preview_open_kinds',
  },
  {
    up: migration_20261207_153512_delivery_logged.up,
    down: migration_20261207_153512_delivery_logged.down,
    name: '20261207_153512_delivery_logged',
  },
  {
    up: migration_20261207_161541_topic_rename_search.up,
    down: migration_20261207_161541_topic_rename_search.down,
    name: '20261207_161541_topic_rename_search',
  },
  {
    up: migration_20261207_191045_distribution.up,
    down: migration_20261207_191045_distribution.down,
    name: '20261207_191045_distribution',
  },
  {
    up: migration_20261207_200000_contact_suppressions.up,
    down: migration_20261207_200000_contact_suppressions.down,
    name: '20261207_200000_contact_suppressions',
  },
  {
    up: migration_20261207_230000_release_body_media.up,
    down: migration_20261207_230000_release_body_media.down,
    name: '20261207_230000_release_body_media',
  },
  {
    up: migration_20261208_030000_audit_trail.up,
    down: migration_20261208_030000_audit_trail.down,
    name: '20261208_030000_audit_trail'
  },
  {
    up: migration_20261208_040000_sso_access.up,
    down: migration_20261208_040000_sso_access.down,
    name: '20261208_040000_sso_access'
  },
  {
    up: migration_20261208_050000_second_factor.up,
    down: migration_20261208_050000_second_factor.down,
    name: '20261208_050000_second_factor'
  },
];
