import * as migration_20261123_162501_initial from './20261123_162501_initial';
import * as migration_20261123_183615_features from './20261123_183615_features';
import * as migration_20261123_185954_forms from './20261123_185954_forms';
import * as migration_20261123_190408_allocation_office_portal_user from './20261123_190408_allocation_office_portal_user';
import * as migration_20261130_121328_exports_owner_and_storage from './20261130_121328_exports_owner_and_storage';
import * as migration_20261130_121611_portal_layer from './20261130_121611_portal_layer';
import * as migration_20261130_121717_sign_in_and_invitations from './20261130_121717_sign_in_and_invitations';
import * as migration_20261130_131328_portal_auth_requests from './20261130_131328_portal_auth_requests';
import * as migration_20261130_145938_occupancy_dates_and_deposit_movements from './20261130_145938_occupancy_dates_and_deposit_movements';
import * as migration_20261130_150345_encryption_at_rest from './20261130_150345_encryption_at_rest';
import * as migration_20261130_150355_report_runs from './20261130_150355_report_runs';
import * as migration_20261130_151113_privacy_requests from './20261130_151113_privacy_requests';
import * as migration_20261130_154624_permissions_101110_101123 from './20261130_154624_permissions_101110_101123';
import * as migration_20261130_180106_staff_contract_data_button from './20261130_180106_staff_contract_data_button';
import * as migration_20261130_180610_info_grid_keys from './20261130_180610_info_grid_keys';
import * as migration_20261130_182014_manager_groups from './20261130_182014_manager_groups';

export const migrations = [
  {
    up: migration_20261123_162501_initial.up,
    down: migration_20261123_162501_initial.down,
    name: '20261123_162501_initial',
  },
  {
    up: migration_20261123_183615_features.up,
    down: migration_20261123_183615_features.down,
    name: '20261123_183615_features',
  },
  {
    up: migration_20261123_185954_forms.up,
    down: migration_20261123_185954_forms.down,
    name: '20261123_185954_forms',
  },
  {
    up: migration_20261123_190408_allocation_office_portal_user.up,
    down: migration_20261123_190408_allocation_office_portal_user.down,
    name: '20261123_190408_allocation_office_portal_user',
  },
  {
    up: migration_20261130_121328_exports_owner_and_storage.up,
    down: migration_20261130_121328_exports_owner_and_storage.down,
    name: '20261130_121328_exports_owner_and_storage',
  },
  {
    up: migration_20261130_121611_portal_layer.up,
    down: migration_20261130_121611_portal_layer.down,
    name: '20261130_121611_portal_layer',
  },
  {
    up: migration_20261130_121717_sign_in_and_invitations.up,
    down: migration_20261130_121717_sign_in_and_invitations.down,
    name: '20261130_121717_sign_in_and_invitations',
  },
  {
    up: migration_20261130_131328_portal_auth_requests.up,
    down: migration_20261130_131328_portal_auth_requests.down,
    name: '20261130_131328_portal_auth_requests',
  },
  {
    up: migration_20261130_145938_occupancy_dates_and_deposit_movements.up,
    down: migration_20261130_145938_occupancy_dates_and_deposit_movements.down,
    name: '20261130_145938_occupancy_dates_and_deposit_movements',
  },
  {
    up: migration_20261130_150345_encryption_at_rest.up,
    down: migration_20261130_150345_encryption_at_rest.down,
    name: '20261130_150345_encryption_at_rest',
  },
  {
    up: migration_20261130_150355_report_runs.up,
    down: migration_20261130_150355_report_runs.down,
    name: '20261130_150355_report_runs',
  },
  {
    up: migration_20261130_151113_privacy_requests.up,
    down: migration_20261130_151113_privacy_requests.down,
    name: '20261130_151113_privacy_requests',
  },
  {
    up: migration_20261130_154624_permissions_101110_101123.up,
    down: migration_20261130_154624_permissions_101110_101123.down,
    name: '20261130_154624_permissions_101110_101123',
  },
  {
    up: migration_20261130_180106_staff_contract_data_button.up,
    down: migration_20261130_180106_staff_contract_data_button.down,
    name: '20261130_180106_staff_contract_data_button',
  },
  {
    up: migration_20261130_180610_info_grid_keys.up,
    down: migration_20261130_180610_info_grid_keys.down,
    name: '20261130_180610_info_grid_keys',
  },
  {
    up: migration_20261130_182014_manager_groups.up,
    down: migration_20261130_182014_manager_groups.down,
    name: '20261130_182014_manager_groups'
  },
];
