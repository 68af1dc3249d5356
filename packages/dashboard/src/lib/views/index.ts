/**
 * The content of each review section, one component per section: the section routes render
 * one, the whole-review page (`/print`) renders them all one after another, so both show the
 * same markup.
 */
import type { Component } from 'svelte';
import type { Section } from '../sections.js';
import ActivityView from './ActivityView.svelte';
import CostsView from './CostsView.svelte';
import FleetView from './FleetView.svelte';
import IncidentsView from './IncidentsView.svelte';
import LostHoursView from './LostHoursView.svelte';
import PreventiveView from './PreventiveView.svelte';
import ReliabilityView from './ReliabilityView.svelte';
import ReplacementView from './ReplacementView.svelte';
import SlaView from './SlaView.svelte';
import SummaryView from './SummaryView.svelte';

/** The component that renders each section (a `<section data-testid="section-<id>">`). */
export const SECTION_VIEWS: Record<Section['id'], Component> = {
  summary: SummaryView,
  activity: ActivityView,
  sla: SlaView,
  incidents: IncidentsView,
  reliability: ReliabilityView,
  'lost-hours': LostHoursView,
  costs: CostsView,
  fleet: FleetView,
  preventive: PreventiveView,
  replacement: ReplacementView,
};
