import { describe, expect, it } from 'vitest';
import { ASSET_PRESETS, CONFIDENT_SCORE, TICKET_PRESETS, detectPresetFromHeaders, matchPreset, scorePreset } from './index.js';
import { assetLifecycle, availableStatus, isRetiredStatus, lastPathSegment, normalizeHeader } from './preset.js';

describe('scorePreset', () => {
  it('weighs required fields 3 and others 1, plus the share of the file headers it knows', () => {
    // canonical has 25 fields, 2 required: total weight 2×3 + 23 = 29. Headers id + openedAt: found 6.
    // Score = 0.75 × 6/29 + 0.25 × 2/2 = 0.4052 → 0.405.
    expect(scorePreset(TICKET_PRESETS.canonical, ['id', 'openedAt'])).toBe(0.405);
    // Missing a required field: × 0.3. Headers: title only → 0.75 × 1/29 + 0.25 × 1 = 0.2759; × 0.3 = 0.0828 → 0.083.
    expect(scorePreset(TICKET_PRESETS.canonical, ['title'])).toBe(0.083);
    expect(scorePreset(TICKET_PRESETS.canonical, [])).toBe(0);
  });

  it('matches headers without case, accents or extra spaces', () => {
    expect(normalizeHeader("  DATE  D’OUVERTURE ")).toBe("date d'ouverture");
    expect(detectPresetFromHeaders(['id', 'DATE D’OUVERTURE', 'priorite'], 'tickets').name).toBe('glpi');
  });

  it('reads a name still wrapped in its quotes, a byte-order mark before it, as the name', () => {
    // A GLPI export re-saved after a reader missed its BOM: the first cell is written
    // "\ufeff""ID""" and reads \ufeff"ID" (anisotton/automations glpi2.csv).
    expect(normalizeHeader('\ufeff"ID"')).toBe('id');
    expect(normalizeHeader(' "Date d’ouverture" ')).toBe("date d'ouverture");
    // Quotes inside a name, or around a part of it only, stay.
    expect(normalizeHeader('"a" or "b"')).toBe('"a" or "b"');
    expect(normalizeHeader('""')).toBe('""');
    expect(detectPresetFromHeaders(['\ufeff"ID"', 'Title', 'Opening Date', 'Status', 'Priority'], 'tickets').name).toBe('glpi');
  });
});

describe('detectPresetFromHeaders', () => {
  it.each([
    [['ID', 'Titre', 'Statut', "Date d'ouverture", 'Priorité'], 'glpi'],
    [['number', 'opened_at', 'short_description', 'priority', 'state'], 'servicenow'],
    [['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Created', 'Resolved'], 'jira'],
    [['Ticket Id', 'Subject', 'Status', 'Priority', 'Urgency', 'Category', 'Created Time', 'Resolved Time'], 'freshservice'],
    [['Ticket ID', 'Subject', 'Status', 'Priority', 'Source', 'Type', 'Agent', 'Group', 'Created time', 'Resolved time', 'Survey results'], 'freshdesk'],
    [['Número', 'Ticket#', 'Idade', 'Titulo', 'Criado', 'Última Alteração', 'Hora de Fechamento', 'Fila', 'Estado', 'Prioridade'], 'otrs'],
    [['Ticket#', 'Age', 'Title', 'Created', 'Close Time', 'Queue', 'State', 'Priority', 'Customer ID'], 'otrs'],
    [['#', 'Title', 'State', 'Priority', 'Created At', 'Closed At'], 'zammad'],
    [['Id', 'Subject', 'Status', 'Priority', 'Created at', 'Solved at'], 'zendesk'],
    [['Ticket Number', 'Date Created', 'Subject', 'Priority', 'Current Status'], 'osticket'],
    [['id', 'openedAt', 'priority'], 'canonical'],
  ])('%j → %s', (headers, expected) => {
    const detection = detectPresetFromHeaders(headers, 'tickets');
    expect(detection.name).toBe(expected);
    expect(detection.candidates).toHaveLength(Object.keys(TICKET_PRESETS).length);
    expect(detection.candidates[0]!.score).toBe(detection.score);
  });

  it('detects asset presets', () => {
    expect(detectPresetFromHeaders(['Asset Tag', 'Asset Name', 'Purchased', 'Cost'], 'assets').name).toBe('snipe-it');
    expect(detectPresetFromHeaders(['Nom', 'Entité', 'Type', "Informations financières et administratives - Date d'achat"], 'assets').name).toBe('glpi');
    // Snipe-IT in French (resources/lang/fr-FR): the Custom Asset Report's headers.
    expect(detectPresetFromHeaders(['ID', 'Compagnie', "Nom de l'actif", "Étiquette de l'actif", 'Catégorie', 'Acheté', 'Coût', 'Fin de vie', 'Lieu'], 'assets').name).toBe('snipe-it');
    // GLPI's French computer export shares Statut, Fabricant, Modèle, Numéro de série with Snipe-IT's: still GLPI.
    expect(detectPresetFromHeaders(['Nom', 'Entité', 'Statut', 'Fabricant', 'Numéro de série', 'Type', 'Modèle', 'Lieu'], 'assets').name).toBe('glpi');
    // GLPI's computer export in its other UI languages (labels of locales/*.po, GLPI 10.0.10).
    for (const headers of [
      ['Name', 'Einheit', 'Status', 'Typ', 'Standort', 'Finanz- und Administrationsdaten - Kaufdatum', 'Finanz- und Administrationsdaten - Wert'],
      ['Nombre', 'Entidad', 'Estado', 'Tipo', 'Ubicaciones', 'Información financiera y administrativa - Fecha de compra', 'Información financiera y administrativa - Valor'],
      ['Nome', 'Entidade', 'Status', 'Tipo', 'Localização', 'Informações financeiras e administrativas - Data da compra', 'Informações financeiras e administrativas - Valor'],
      ['Nome', 'Entità', 'Stato', 'Tipo', 'Posizione', 'Informazioni contabili ed amministrative - Data di acquisto', 'Informazioni contabili ed amministrative - Importo'],
    ]) expect(detectPresetFromHeaders(headers, 'assets')).toMatchObject({ name: 'glpi', confident: true });
    // …while a Portuguese list with only a name and a type column is not taken for GLPI's.
    expect(detectPresetFromHeaders(['Patrimônio', 'Nome', 'Tipo', 'Data de compra', 'Valor', 'Fim da garantia'], 'assets').confident).toBe(false);
    expect(Object.keys(ASSET_PRESETS)).toEqual(['canonical', 'glpi', 'snipe-it', 'lansweeper', 'servicenow', 'itop']);
    // Lansweeper's report aliases, ServiceNow's alm_hardware field names, iTop's French labels.
    expect(detectPresetFromHeaders(['AssetID', 'AssetName', 'AssetTypename', 'State', 'PurchaseDate', 'Warrantydate', 'Purchase Cost'], 'assets')).toMatchObject({ name: 'lansweeper', confident: true });
    // Everyday English words only (no Lansweeper table column): no preset, a proposal by meaning.
    expect(detectPresetFromHeaders(['Asset Name', 'Asset Type', 'Location', 'Purchase Date', 'Purchase Cost'], 'assets').confident).toBe(false);
    expect(detectPresetFromHeaders(['asset_tag', 'display_name', 'model_category', 'install_status', 'cost', 'purchase_date'], 'assets')).toMatchObject({ name: 'servicenow', confident: true });
    expect(detectPresetFromHeaders(['Nom', 'Organisation->Nom', 'Statut', 'Type', "Date d'achat", 'Date de fin de garantie'], 'assets')).toMatchObject({ name: 'itop', confident: true });
  });
});

describe('lastPathSegment', () => {
  it('keeps the last segment of a GLPI path', () => {
    expect(lastPathSegment('Entité racine > Bistro')).toBe('Bistro');
    expect(lastPathSegment('Bistro')).toBe('Bistro');
    expect(lastPathSegment('Root > ')).toBeNull();
  });
});

describe('confidence (CONFIDENT_SCORE)', () => {
  it('trusts a preset only when it finds every required field and scores at least 0.2 (tickets) or 0.3 (assets)', () => {
    expect(CONFIDENT_SCORE).toEqual({ tickets: 0.2, assets: 0.3 });
    // A Dutch UI no preset knows: GLPI and zendesk know "ID" and "Status", neither its opening date
    // (zendesk first by a hair since its `Due date` is no longer a column it reads: fewer columns).
    const dutch = detectPresetFromHeaders(['ID', 'Titel', 'Status', 'Aangemaakt op', 'Prioriteit'], 'tickets');
    expect(dutch).toMatchObject({ name: 'zendesk', score: 0.09, confident: false });
    // GLPI in Portuguese, which the GLPI preset knows: confident.
    expect(detectPresetFromHeaders(['ID', 'Título', 'Status', 'Data de abertura', 'Prioridade', 'Última atualização'], 'tickets')).toMatchObject({ name: 'glpi', confident: true });
    // canonical id + openedAt + ten unknown columns: 0.75 × 6/29 + 0.25 × 2/12 = 0.1552 + 0.0417 = 0.197 < 0.2.
    const wide = detectPresetFromHeaders(['id', 'openedAt', ...Array.from({ length: 10 }, (_, i) => `c${i}`)], 'tickets');
    expect(wide).toMatchObject({ name: 'canonical', score: 0.197, confident: false });
    // With eight unknown columns: 0.1552 + 0.25 × 2/10 = 0.205: confident.
    expect(detectPresetFromHeaders(['id', 'openedAt', ...Array.from({ length: 8 }, (_, i) => `c${i}`)], 'tickets').confident).toBe(true);
    // An asset list whose only known column is a generic "Name" (GLPI's and iTop's id): iTop
    // 0.75 × 3/10 + 0.25 × 1/10 = 0.25 (GLPI 0.239), × 0.3 without a header of its signature = 0.075: no preset.
    const names = detectPresetFromHeaders(['Name', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'], 'assets');
    expect(names).toMatchObject({ name: 'itop', score: 0.075, confident: false });
    // Everyday French words GLPI shares with any spreadsheet, without GLPI's entity, financial, OS or
    // last-update columns (Preset.signature): not taken for GLPI's export, nor for iTop's.
    expect(detectPresetFromHeaders(['Nom', 'Type', 'Lieu', 'Statut', 'Fabricant'], 'assets').confident).toBe(false);
    const spreadsheet = ['N° inventaire', 'Nom', 'Type', 'Client', "Date d'achat", "Prix d'achat", 'Durée de vie', 'Fin de garantie', 'Statut', 'Date de sortie'];
    expect(detectPresetFromHeaders(spreadsheet, 'assets').confident).toBe(false);
    // GLPI's default computer list, one entity (no Entité column) and no financial column: GLPI by its OS and last-update columns.
    expect(detectPresetFromHeaders(['Nom', 'Statut', 'Fabricant', 'Numéro de série', 'Type', 'Modèle', "Système d'exploitation - Nom", 'Lieu', 'Dernière modification'], 'assets')).toMatchObject({ name: 'glpi', confident: true });
  });

  it('ranks the presets that find every required field first, whatever their score', () => {
    // servicenow finds number + opened_at (complete); canonical finds many optional fields but no openedAt.
    const headers = ['number', 'opened_at', 'title', 'priority', 'status', 'category', 'client', 'site', 'assetId', 'resolvedAt'];
    const canonical = matchPreset(TICKET_PRESETS.canonical, headers);
    const servicenow = matchPreset(TICKET_PRESETS.servicenow, headers);
    expect(canonical.missingRequired).toEqual(['id', 'openedAt']);
    expect(servicenow.missingRequired).toEqual([]);
    expect(detectPresetFromHeaders(headers, 'tickets').name).toBe('servicenow');
  });
});

describe('isRetiredStatus', () => {
  it('knows the words of an asset that left the fleet, in the tools’ languages, and Snipe-IT’s status type', () => {
    for (const word of ['Retired', 'Disposed', 'Sold', 'Au rebut', 'Rebut', 'obsolète', 'Réformé', 'Ausgemustert', 'Archivé (Archivé)', 'Broken - Not Fixable (archived)']) {
      expect(isRetiredStatus(word), word).toBe(true);
    }
    for (const word of ['In use', 'In stock', 'Active', 'Non-active', 'Broken', 'production', 'stock', 'En service', 'Déployé (Déployé)', 'Pending disposal']) {
      expect(isRetiredStatus(word), word).toBe(false);
    }
  });
  it('reads a site status naming the e-waste stream (DEEE, WEEE, RAEE, REEE) as retired, the letters as a word only', () => {
    // A French school's GLPI inventory (oOMikaOoc/testSite glpi.csv): 46 computers "Campagne_DEEE".
    for (const word of ['Campagne_DEEE', 'DEEE', 'Envoyé en DEEE', 'WEEE collected', 'RAEE', 'Smaltito RAEE']) {
      expect(isRetiredStatus(word), word).toBe(true);
    }
    // The same letters inside a word, and the site's other statuses, stay in service.
    for (const word of ['Deeezer', 'Inactif', 'Spare', 'Actif']) {
      expect(isRetiredStatus(word), word).toBe(false);
    }
  });
});

describe('assetLifecycle', () => {
  const of = (words: string[]) => Object.fromEntries(words.map((word) => [word, assetLifecycle(word)]));
  it('reads Snipe-IT statuses as its custom report writes them, name (type), in its UI languages', () => {
    // Defaults of snipe/snipe-it StatuslabelSeeder / StatuslabelFactory, types from Statuslabel::getStatuslabelType.
    expect(
      of(['Ready to Deploy (deployable)', 'Ready to Deploy (deployed)', 'Deployed', 'Pending (pending)', 'Archived (archived)', 'Out for Repair (undeployable)', 'Out for Diagnostics (undeployable)', 'Broken - Not Fixable (undeployable)', 'Lost/Stolen (undeployable)']),
    ).toEqual({
      'Ready to Deploy (deployable)': 'not-in-service',
      // Checked out to someone: in service whatever the name says.
      'Ready to Deploy (deployed)': null,
      Deployed: null,
      'Pending (pending)': 'not-in-service',
      'Archived (archived)': 'retired',
      'Out for Repair (undeployable)': null,
      'Out for Diagnostics (undeployable)': null,
      'Broken - Not Fixable (undeployable)': 'retired',
      'Lost/Stolen (undeployable)': 'retired',
    });
    // resources/lang/{fr-FR,es-ES,de-DE,pt-BR}/general.php: ready_to_deploy, deployed, pending.
    expect(of(['Prêt à être déployé (Déployable)', 'Déployé (Déployé)', 'Listo para asignar', 'En uso (Asignados-)', 'Bereit zum Herausgeben', 'Mein Status (Ausstehende)', 'Pronto para Implantar'])).toEqual({
      'Prêt à être déployé (Déployable)': 'not-in-service',
      'Déployé (Déployé)': null,
      'Listo para asignar': 'not-in-service',
      'En uso (Asignados-)': null,
      'Bereit zum Herausgeben': 'not-in-service',
      'Mein Status (Ausstehende)': 'not-in-service',
      'Pronto para Implantar': 'not-in-service',
    });
    // A site's own deployable status no one has checked out: in service (the name decides).
    expect(assetLifecycle('In production (deployable)')).toBeNull();
  });

  it('reads the words for "available" as in stock, and tells them apart for the review to say so', () => {
    // Kept as not in service: Snipe-IT's deployable status is "available" until checked out (then
    // "Deployed"; snipe/snipe-it resources/lang/en-US/admin/statuslabels/message.php help.deployable),
    // ServiceNow hardware In stock has the substate Available (fixtures/real-formats/servicenow-assets).
    const words = ['Available', 'Disponible', 'Verfügbar', 'Disponibile', 'Disponível', 'Available (deployable)', 'Available (deployed)', 'En stock', 'In use'];
    expect(Object.fromEntries(words.map((word) => [word, [assetLifecycle(word), availableStatus(word)]]))).toEqual({
      Available: ['not-in-service', true],
      Disponible: ['not-in-service', true],
      Verfügbar: ['not-in-service', true],
      Disponibile: ['not-in-service', true],
      Disponível: ['not-in-service', true],
      'Available (deployable)': ['not-in-service', true],
      // Checked out: in service, nothing to say.
      'Available (deployed)': [null, false],
      'En stock': ['not-in-service', false],
      'In use': [null, false],
    });
  });

  it('reads ServiceNow, Lansweeper, iTop and GLPI sites’ words', () => {
    expect(of(['In use', 'In stock', 'On order', 'In transit', 'Pending install', 'In maintenance', 'Pending repair', 'Retired', 'Missing', 'Stolen'])).toEqual({
      'In use': null, 'In stock': 'not-in-service', 'On order': 'not-in-service', 'In transit': 'not-in-service', 'Pending install': 'not-in-service',
      'In maintenance': null, 'Pending repair': null, Retired: 'retired', Missing: 'not-in-service', Stolen: 'retired',
    });
    expect(of(['Active', 'Non-active', 'Broken', 'Spare', 'Disposed', 'In repair'])).toEqual({ Active: null, 'Non-active': 'not-in-service', Broken: 'not-in-service', Spare: 'not-in-service', Disposed: 'retired', 'In repair': null });
    expect(of(['production', 'implémentation', 'stock', 'obsolète'])).toEqual({ production: null, 'implémentation': 'not-in-service', stock: 'not-in-service', 'obsolète': 'retired' });
    expect(of(['Actif', 'Inactif', 'En service', 'En stock', 'En réparation', 'Hors service', 'Recyclé', 'Campagne_DEEE', 'Inactivo', 'Inativo', 'Inaktiv', 'Lager', 'Em estoque'])).toEqual({
      Actif: null, Inactif: 'not-in-service', 'En service': null, 'En stock': 'not-in-service', 'En réparation': null, 'Hors service': 'not-in-service',
      'Recyclé': 'retired', Campagne_DEEE: 'retired', Inactivo: 'not-in-service', Inativo: 'not-in-service', Inaktiv: 'not-in-service', Lager: 'not-in-service', 'Em estoque': 'not-in-service',
    });
  });
});
