import type { AssetPreset } from './preset.js';

// Source: ServiceNow hardware assets (`alm_hardware`, fields inherited from `alm_asset`), list →
// Export → CSV. As for incidents (FORMATS.md §2), the headers are the field names by default and
// the values display values. The field names are those public integrations read from the table
// (`asset_tag`, `display_name`, `model_category`, `model`, `serial_number`, `install_status`,
// `substatus`, `company`, `location`, `assigned_to`, `cost`, `purchase_date`,
// `warranty_expiration`, found by the shared search index); `retired` is the asset's retirement
// date. States from ServiceNow's docs (ServiceNow/ServiceNowDocs `t_RetiringAssets.md`,
// `t_SettingAssetStatesAndSubstates.md`): In use, In stock, In maintenance, Retired with the
// substates Disposed, Sold, Donated, Vendor credit, and Pending disposal. [I]: the currency
// display `$1,249.00`, the labels of a label-header export (`Asset tag`, `Display name`, `Model
// category`, `State`, `Substate`, `Purchased`, `Cost`, `Warranty expiration`, `Retired date`;
// the first four and `Cost` are in ServiceNow/ServiceNowDocs `ia-assets.md`), and a `cost` left empty being shown `$0.00` (a currency field holds 0 until
// someone enters a price): a zero cost is read as no cost, not as a free asset. A Retired asset
// whose `retired` date is empty keeps no retirement date (the state says when it ended nowhere).
/** ServiceNow hardware asset list (alm_hardware), field-name headers. */
export const servicenowAssets: AssetPreset = {
  name: 'servicenow',
  kind: 'assets',
  source: 'ServiceNow alm_hardware / alm_asset field names (list export, FORMATS.md §2)',
  columns: {
    id: ['asset_tag', 'Asset tag'],
    name: ['display_name', 'Display name'],
    type: ['model_category', 'Model category'],
    client: ['company', 'Company'],
    site: ['location', 'Location'],
    purchaseDate: ['purchase_date', 'Purchased'],
    purchaseCost: ['cost', 'Cost'],
    warrantyEnd: ['warranty_expiration', 'Warranty expiration'],
    retiredDate: ['retired', 'Retired date'],
    inServiceDate: ['install_date', 'Installed'],
    residualValue: ['residual', 'Residual value'],
  },
  // The labels (`Company`, `Location`, `Cost`, `Purchased`) are everyday words, Snipe-IT's among
  // them: ServiceNow's own are its field names and a few labels no other tool writes.
  // Not `Warranty expiration`: Jamf Pro's computer search writes `Warranty Expiration` too.
  // Nor `Display name`: Freshservice's asset export writes `Display Name`.
  signature: ['asset_tag', 'display_name', 'model_category', 'install_status', 'substatus', 'sys_id', 'Model category', 'Substate'],
  lifecycle: { headers: ['install_status', 'State'] },
  knownHeaders: [
    'sys_id', 'model', 'serial_number', 'substatus', 'assigned_to', 'assigned', 'managed_by', 'owned_by', 'department',
    'cost_center', 'stockroom', 'ci', 'disposal_reason', 'depreciation', 'salvage_value', 'po_number', 'vendor', 'invoice_number',
    'sys_created_on', 'sys_updated_on', 'manufacturer', 'comments',
  ],
  derive({ numbers }) {
    const cost = numbers['purchaseCost']!;
    for (let i = 0; i < cost.length; i++) if (cost[i] === 0) cost[i] = NaN;
  },
};
