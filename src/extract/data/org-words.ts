/** Words ending a military unit's name, which opens with an ordinal ("3rd Infantry Division"). */
export const MILITARY_UNITS: readonly string[] = ['division', 'brigade', 'regiment', 'battalion', 'squadron'];

/**
 * Words that make a capitalised name an organization when they end it ("Acme Inc.",
 * "Transit Authority") or open it before "of" ("Department of Energy", "University of Utah").
 */
export const ORG_SUFFIXES: readonly string[] = [
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'companies', 'llc', 'ltd', 'ltd.', 'plc',
  'ag', 'sa', 'gmbh', 'group', 'holdings', 'markets', 'partners', 'associates', 'capital', 'ventures', 'securities', 'bank',
  'bancorp', 'financial', 'insurance', 'investments', 'analytics', 'systems', 'technologies', 'technology', 'labs',
  'laboratories', 'pharmaceuticals', 'therapeutics', 'sciences', 'biosciences', 'bioscience', 'biopharma', 'genomics', 'diagnostics', 'biologics', 'marathon', 'motors', 'airlines', 'airways', 'energy', 'renewables', 'power', 'electric',
  'industries', 'enterprises', 'brands', 'foods', 'pictures', 'studios', 'entertainment', 'media', 'records',
  'publishing', 'networks', 'network', 'communications', 'telecom', 'software', 'microdevices', 'semiconductor',
  'semiconductors', 'devices', 'solutions', 'services', 'logistics', 'consulting', 'research', 'ai',
  'department', 'dept.', 'agency', 'administration', 'office', 'bureau', 'service', 'commission', 'committee',
  'subcommittee', 'council', 'board', 'authority', 'ministry', 'secretariat', 'directorate', 'court', 'tribunal',
  'senate', 'house', 'assembly', 'legislature', 'parliament', 'congress', 'cabinet', 'party', 'caucus',
  'coalition', 'alliance', 'union', 'federation', 'confederation', 'league', 'association', 'society', 'foundation',
  'fund', 'trust', 'institute', 'institution', 'center', 'centre', 'university', 'college', 'academy', 'school',
  'schools', 'district', 'hospital', 'clinic', 'museum', 'library', 'church', 'diocese', 'police', 'guard', 'army',
  'navy', 'force', 'forces', 'corps', 'command', 'patrol', 'team', 'club', 'fc', 'project', 'initiative', 'network',
  'organization', 'organisation', 'program', 'programme', 'exchange', 'times', 'post', 'news', 'journal',
  'tribune', 'chronicle', 'herald', 'gazette', 'bee', 'courier', 'dispatch', 'observer', 'examiner', 'inquirer',
  'express-news', 'register', 'review', 'magazine', 'press', 'radio', 'television', 'tv', 'broadcasting', 'ledger',
  'sentinel', 'star', 'globe', 'daily', 'weekly', 'monitor', 'reporter', 'standard', 'telegraph', 'guardian',
  'independent', 'mirror', 'economist', 'wire', 'elementary', 'middle', 'high', 'commons', 'clinic', 'lab',
  'festival', 'commerce', 'state', 'unified', 'system', 'appeals', 'circuit', 'elementary', 'chamber', 'watch', 'international', 'worldwide', 'global', 'partnership', 'council',
  'collective',
  'tribe', 'rail', 'railway', 'railways', 'transit', 'midstream',
  // Trades and sectors that end business names ("Heartland Roofing", "Scioto Valley Health").
  'roofing', 'plumbing', 'construction', 'builders', 'contractors', 'landscaping', 'trucking', 'farms',
  'dairy', 'bakery', 'brewing', 'brewery', 'winery', 'distillery', 'realty', 'properties', 'healthcare',
  'health', 'medical', 'dental', 'pharmacy', 'outfitters', 'hardware', 'wanderers', 'rovers', 'rangers',
  'athletic', 'albion', 'hotspur', 'argyle', 'pac', 'operator', 'management', 'cooperative', 'co-op',
  'llp', 'lp', 'pllc', 'limited', 'minerals', 'mining', 'metals', 'resources', 'petroleum', 'mortuary',
  'homes', 'fintech', 'advisors', 'advisers', 'ratings', 'rugby', 'electronics', 'chemicals', 'steel',
  'automotive', 'aerospace', 'aviation', 'robotics', 'manufacturing', 'shipbuilding', 'shipyard', 'engineering',
  'ferries', 'shipping', 'freight', 'telecoms', 'utilities', 'biotech', 'pharma', 'chemical', 'sports',
  // Political fronts and movements ("United Progressive Front", "Renewal Movement").
  'front', 'movement', 'forum', ...MILITARY_UNITS,
  // Indian parties and bodies ("Rashtriya Janata Dal", "Jharkhand Mukti Morcha", "Shiv Sena").
  'dal', 'morcha', 'manch', 'sena', 'sangh', 'samiti', 'parishad', 'kazhagam', 'aghadi',
  // Unions and clubs ("Workers United", "Leeds United"), airlines ("Caledon Air"), observatories.
  'united', 'air', 'observatory',
  // National sports bodies ("New Zealand Cricket", "Rugby Australia" is read as a body serving a place).
  'cricket', 'football', 'netball', 'basketball', 'athletics', 'cycling', 'rowing', 'swimming',
  // Miners named by their metal ("Ardenvale Lithium") and materials makers.
  'lithium', 'copper', 'nickel', 'uranium', 'cobalt', 'graphite', 'potash', 'materials',
  // A First Nation's or tribe's government ("Cree Nation", "Navajo Nation"; not "First Nations").
  'nation',
];

/**
 * Suffixes naming a trade, which never head an "of" name: "Acme Shipbuilding of Yalova" is the
 * firm and its home town, not one name (unlike "Bank of Utah").
 */
export const TRADE_SUFFIXES: readonly string[] = [
  'inc', 'corp', 'llc', 'ltd', 'plc', 'gmbh', 'holdings', 'technologies', 'systems', 'electronics',
  'shipbuilding', 'engineering', 'ferries', 'shipping', 'motors', 'airlines', 'industries', 'roofing',
  'plumbing', 'construction', 'builders', 'contractors', 'trucking', 'logistics', 'foods', 'brewing',
  'manufacturing', 'mining', 'minerals', 'pharmaceuticals', 'therapeutics', 'software', 'semiconductor',
];

/** Two words that end an organization's name where the last alone would not ("Hill Funeral Home"). */
export const ORG_ENDINGS: readonly string[] = [
  'funeral home', 'nursing home', 'care home', 'retirement home', 'senior care', 'home care', 'memory care',
  'aged care', 'urgent care', 'senior living',
];

/** Heads that open an organization name before "of"/"for" ("Department of Justice"). */
export const ORG_HEADS: readonly string[] = [
  'department', 'ministry', 'bureau', 'office', 'university', 'college', 'school', 'institute', 'academy',
  'bank', 'federation', 'association', 'society', 'church', 'board', 'council', 'commission', 'committee',
  'court', 'house', 'chamber', 'league', 'union', 'museum', 'centers', 'center', 'friends', 'order', 'party',
  'organization', 'organisation', 'administration', 'agency', 'division', 'coalition', 'alliance', 'corps',
  'campaign', 'registrar', 'observatory', 'transport',
];

/**
 * Spanish, Portuguese, Italian and French words that open an organization's name before a
 * name or a connector ("Banco de la República", "Universidade de São Paulo", "Grupo Aval").
 */
export const ROMANCE_ORG_HEADS: readonly string[] = [
  'banco', 'banca', 'banque', 'caja', 'caixa', 'universidad', 'universidade', 'università', 'université',
  'instituto', 'istituto', 'institut', 'ministerio', 'ministério', 'ministero', 'ministère', 'partido', 'partito',
  'fundación', 'fundação', 'fondazione', 'fondation', 'corporación', 'compañía', 'companhia', 'sociedad',
  'asociación', 'associação', 'associazione', 'consejo', 'conselho', 'consiglio', 'conseil', 'comisión',
  'comissão', 'commissione', 'secretaría', 'superintendencia', 'procuraduría', 'fiscalía', 'contraloría',
  'defensoría', 'registraduría', 'agencia', 'agência', 'agenzia', 'grupo', 'gruppo', 'empresa', 'federación',
  'confederación', 'sindicato', 'movimiento', 'asamblea', 'congreso', 'senado', 'cámara', 'câmara', 'policía',
  'polícia', 'polizia', 'ejército', 'exército', 'tribunal', 'corte', 'junta', 'petróleos', 'aerolíneas',
  'parti', 'syndicat', 'société', 'società', 'compagnie', 'groupe', 'agence', 'autorité', 'hôpital', 'école',
];

/**
 * Nicknames that follow a place in sports clubs' names ("Leicester Tigers", "Boston Celtics").
 * After "the", any plural will do ("the Toledo Ironmen"); without it, one of these.
 */
export const TEAM_NICKNAMES: readonly string[] = [
  'tigers', 'saints', 'lions', 'bears', 'eagles', 'hawks', 'wolves', 'sharks', 'bulls', 'kings', 'giants',
  'warriors', 'knights', 'chiefs', 'rams', 'jets', 'dolphins', 'panthers', 'falcons', 'ravens', 'cardinals',
  'titans', 'broncos', 'raiders', 'packers', 'vikings', 'colts', 'jaguars', 'seahawks', 'steelers', 'bengals',
  'patriots', 'cowboys', 'buccaneers', 'yankees', 'mets', 'dodgers', 'cubs', 'braves', 'astros', 'mariners',
  'padres', 'phillies', 'pirates', 'royals', 'twins', 'orioles', 'brewers', 'rockies', 'diamondbacks', 'angels',
  'celtics', 'lakers', 'knicks', 'nets', 'bucks', 'nuggets', 'suns', 'spurs', 'rockets', 'mavericks', 'clippers',
  'pistons', 'pacers', 'hornets', 'grizzlies', 'pelicans', 'raptors', 'cavaliers', 'timberwolves', 'blazers',
  'bruins', 'canadiens', 'leafs', 'flyers', 'penguins', 'islanders', 'devils', 'oilers', 'flames', 'canucks',
  'blackhawks', 'predators', 'sabres', 'ducks', 'coyotes', 'harlequins', 'crusaders', 'highlanders', 'brumbies',
  'waratahs', 'rebels', 'roosters', 'rabbitohs', 'eels', 'dragons', 'bulldogs', 'rhinos', 'centurions',
  'steamers', 'stormers', 'cheetahs', 'blues', 'reds', 'magpies', 'swans', 'crows', 'dockers',
  'demons', 'bombers', 'foxes', 'owls', 'canaries', 'seagulls', 'hatters', 'potters',
  // Singular nicknames ("Utah Jazz", "Miami Heat", "Tampa Bay Lightning")
  'jazz', 'heat', 'thunder', 'magic', 'lightning', 'wild', 'avalanche', 'kraken', 'storm', 'sky', 'fever',
  'mercury', 'liberty', 'lynx', 'dream', 'sparks', 'aces', 'galaxy', 'crew', 'revolution', 'dynamo', 'fire',
];

/** Words ending a place name ("Cook County", "Hudson River"; "District" alone is ambiguous). */
export const PLACE_SUFFIXES: readonly string[] = [
  'county', 'parish', 'borough', 'township', 'province', 'prefecture', 'region', 'river', 'lake', 'ocean',
  'sea', 'gulf', 'bay', 'strait', 'channel', 'valley', 'mountains', 'mountain', 'mount', 'peak', 'hills', 'island',
  'islands', 'peninsula', 'desert', 'canyon', 'basin', 'coast', 'plains', 'street', 'st.', 'avenue', 'ave.', 'road',
  'rd.', 'boulevard', 'blvd.', 'drive', 'lane', 'highway', 'freeway', 'parkway', 'square', 'park', 'heights',
  'village', 'city', 'beach', 'harbor', 'harbour', 'falls', 'springs', 'creek', 'forest', 'panhandle', 'delta',
  'neighborhood', 'quarter', 'corridor', 'seamount', 'reef', 'glacier', 'volcano', 'airport', 'pass', 'ridge', 'point',
  'reservoir', 'aquifer', 'dam', 'canal', 'lagoon', 'wetlands', 'marsh', 'estuary', 'rapids',
  // A country's belt of land ("Rust Belt", "Middle Belt").
  'belt',
];

/** Heads that open a place name ("Gulf of Mexico", "Lake Tahoe", "Mount Rainier"). */
export const PLACE_HEADS: readonly string[] = ['republic', 'kingdom', 'gulf', 'lake', 'mount', 'mt.', 'bay', 'sea', 'strait', 'isle', 'cape', 'port', 'fort', 'saint', 'st.', 'san', 'santa', 'los', 'las', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'northern', 'southern', 'eastern', 'western', 'central'];
