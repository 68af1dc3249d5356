export { ticketVolume } from './volume.js';
export {
  VOLUME_GROUPS,
  VOLUME_IDS_PER_GROUP,
  type VolumeBreakdown,
  type VolumeGroup,
  type VolumeMonth,
  type VolumeOptions,
  type VolumeResult,
} from './types.js';
