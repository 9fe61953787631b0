/**
 * Place gazetteer beyond countries and US states (which come from i18n-iso-countries and
 * states-us): major world and US cities, regions, bodies of water, and the AP-style state
 * abbreviations used in datelines ("PORTLAND, Ore.").
 */
export const CITIES: readonly string[] = [
  // United States, by population plus state capitals and well-known cities
  'New York', 'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio',
  'San Diego', 'Dallas', 'San Jose', 'Austin', 'Jacksonville', 'Fort Worth', 'Columbus', 'Charlotte',
  'Indianapolis', 'San Francisco', 'Seattle', 'Denver', 'Washington', 'Nashville', 'Oklahoma City', 'El Paso',
  'Boston', 'Portland', 'Las Vegas', 'Detroit', 'Memphis', 'Louisville', 'Baltimore', 'Milwaukee', 'Albuquerque',
  'Tucson', 'Fresno', 'Sacramento', 'Mesa', 'Kansas City', 'Atlanta', 'Omaha', 'Colorado Springs', 'Raleigh',
  'Long Beach', 'Virginia Beach', 'Miami', 'Oakland', 'Minneapolis', 'Tulsa', 'Bakersfield', 'Wichita',
  'Arlington', 'Aurora', 'Tampa', 'New Orleans', 'Cleveland', 'Honolulu', 'Anaheim', 'Lexington', 'Stockton',
  'Corpus Christi', 'Henderson', 'Riverside', 'Newark', 'Saint Paul', 'St. Paul', 'Santa Ana', 'Cincinnati',
  'Irvine', 'Orlando', 'Pittsburgh', 'St. Louis', 'Greensboro', 'Jersey City', 'Anchorage', 'Lincoln', 'Plano',
  'Durham', 'Buffalo', 'Chandler', 'Chula Vista', 'Toledo', 'Madison', 'Gilbert', 'Reno', 'Fort Wayne',
  'North Las Vegas', 'St. Petersburg', 'Lubbock', 'Irving', 'Laredo', 'Winston-Salem', 'Chesapeake', 'Glendale',
  'Garland', 'Scottsdale', 'Norfolk', 'Boise', 'Fremont', 'Spokane', 'Santa Clarita', 'Baton Rouge', 'Richmond',
  'Hialeah', 'San Bernardino', 'Tacoma', 'Modesto', 'Huntsville', 'Des Moines', 'Yonkers', 'Rochester',
  'Moreno Valley', 'Fayetteville', 'Fontana', 'Columbus', 'Worcester', 'Port St. Lucie', 'Little Rock', 'Augusta',
  'Oxnard', 'Birmingham', 'Montgomery', 'Frisco', 'Amarillo', 'Salt Lake City', 'Grand Rapids', 'Huntington Beach',
  'Overland Park', 'Glendale', 'Tallahassee', 'Grand Prairie', 'McKinney', 'Cape Coral', 'Sioux Falls', 'Peoria',
  'Providence', 'Vancouver', 'Knoxville', 'Akron', 'Shreveport', 'Mobile', 'Brownsville', 'Newport News',
  'Fort Lauderdale', 'Chattanooga', 'Tempe', 'Aurora', 'Santa Rosa', 'Eugene', 'Elk Grove', 'Salem', 'Ontario',
  'Cary', 'Rancho Cucamonga', 'Oceanside', 'Lancaster', 'Garden Grove', 'Pembroke Pines', 'Fort Collins',
  'Palmdale', 'Springfield', 'Clarksville', 'Rockford', 'Alexandria', 'Savannah', 'Hartford', 'Albany', 'Annapolis',
  'Bismarck', 'Carson City', 'Charleston', 'Cheyenne', 'Concord', 'Dover', 'Frankfort', 'Harrisburg', 'Helena',
  'Jackson', 'Jefferson City', 'Juneau', 'Lansing', 'Montpelier', 'Olympia', 'Pierre', 'Santa Fe', 'Topeka',
  'Trenton', 'Augusta', 'Burlington', 'Wilmington', 'Ann Arbor', 'Berkeley', 'Palo Alto', 'Cambridge',
  'Princeton', 'New Haven', 'Pasadena', 'Santa Monica', 'Santa Barbara', 'Malibu', 'Boulder', 'Aspen',
  'Key West', 'Palm Beach', 'West Palm Beach', 'Miami Beach', 'Galveston', 'Flint', 'Dearborn',
  'Gary', 'Duluth', 'Fargo', 'Billings', 'Missoula', 'Bozeman', 'Asheville', 'Roanoke', 'Scranton', 'Allentown',
  'Erie', 'Syracuse', 'Ithaca', 'Hoboken', 'Camden', 'Atlantic City',   'Redding', 'Monterey', 'Carmel', 'Napa', 'Sonoma', 'Yuma', 'Flagstaff', 'Sedona', 'Las Cruces', 'Lawrence',
  'Ames', 'Iowa City', 'Cedar Rapids', 'Davenport', 'Green Bay', 'Eau Claire', 'Kenosha', 'Racine',
  'Marietta', 'Athens', 'Macon', 'Columbia', 'Greenville', 'Myrtle Beach', 'Biloxi', 'Gulfport',
  'Pensacola', 'Panama City', 'Gainesville', 'Sarasota', 'Naples', 'Daytona Beach', 'Ocala', 'Lakeland',
  'Yakima', 'Bellingham', 'Everett', 'Bend', 'Medford', 'Provo',
  'Ogden', 'St. George', 'Paterson', 'Stamford', 'Bridgeport', 'Waterbury', 'Lowell', 'Quincy',
  'Harlem', 'Brooklyn', 'Queens', 'Manhattan', 'the Bronx', 'Staten Island',
  'Hollywood', 'Beverly Hills', 'Compton', 'Ferguson', 'Uvalde', 'Parkland', 'Minot', 'Rapid City',
  // World
  'Tokyo', 'Delhi', 'New Delhi', 'Shanghai', 'Sao Paulo', 'São Paulo', 'Mexico City', 'Cairo', 'Mumbai', 'Beijing',
  'Dhaka', 'Osaka', 'Karachi', 'Chongqing', 'Istanbul', 'Buenos Aires', 'Kolkata', 'Kinshasa', 'Lagos', 'Manila',
  'Tianjin', 'Rio de Janeiro', 'Guangzhou', 'Lahore', 'Moscow', 'Shenzhen', 'Bangalore', 'Bengaluru', 'Paris',
  'Bogota', 'Bogotá', 'Jakarta', 'Chennai', 'Lima', 'Bangkok', 'Seoul', 'Nagoya', 'Hyderabad', 'London', 'Tehran',
  'Chengdu', 'Nanjing', 'Wuhan', 'Ho Chi Minh City', 'Luanda', 'Ahmedabad', 'Kuala Lumpur', "Xi'an", 'Hong Kong',
  'Dongguan', 'Hangzhou', 'Foshan', 'Shenyang', 'Riyadh', 'Baghdad', 'Santiago', 'Surat', 'Madrid', 'Suzhou',
  'Pune', 'Harbin', 'Toronto', 'Dar es Salaam', 'Johannesburg', 'Saint Petersburg', 'Khartoum',
  'Barcelona', 'Yangon', 'Alexandria', 'Guadalajara', 'Ankara', 'Melbourne', 'Abidjan', 'Sydney', 'Monterrey',
  'Nairobi', 'Cape Town', 'Addis Ababa', 'Kabul', 'Hanoi', 'Rome', 'Milan', 'Naples', 'Berlin', 'Hamburg',
  'Munich', 'Frankfurt', 'Cologne', 'Vienna', 'Budapest', 'Warsaw', 'Krakow', 'Prague', 'Bucharest', 'Sofia',
  'Belgrade', 'Zagreb', 'Athens', 'Lisbon', 'Porto', 'Dublin', 'Belfast', 'Edinburgh', 'Glasgow', 'Manchester',
  'Liverpool', 'Leeds', 'Amsterdam', 'Rotterdam', 'The Hague', 'Brussels', 'Antwerp', 'Luxembourg', 'Geneva',
  'Zurich', 'Bern', 'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Reykjavik', 'Tallinn', 'Riga', 'Vilnius',
  'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Minsk', 'Tbilisi', 'Yerevan', 'Baku', 'Almaty', 'Astana',
  'Tashkent', 'Jerusalem', 'Tel Aviv', 'Gaza', 'Gaza City', 'Ramallah', 'Beirut', 'Damascus', 'Aleppo', 'Amman',
  'Doha', 'Dubai', 'Abu Dhabi', 'Muscat', 'Kuwait City', 'Manama', 'Sanaa', 'Jeddah', 'Mecca', 'Medina',
  'Islamabad', 'Kathmandu', 'Colombo', 'Singapore', 'Taipei', 'Kyoto', 'Yokohama', 'Busan', 'Pyongyang',
  'Ulaanbaatar', 'Phnom Penh', 'Vientiane', 'Perth', 'Brisbane', 'Adelaide', 'Auckland', 'Wellington',
  'Montreal', 'Vancouver', 'Ottawa', 'Calgary', 'Edmonton', 'Winnipeg', 'Quebec City', 'Havana', 'Caracas',
  'Quito', 'La Paz', 'Montevideo', 'Asuncion', 'Brasilia', 'Brasília', 'Panama City', 'San Juan', 'Kingston',
  'Port-au-Prince', 'Santo Domingo', 'Guatemala City', 'Tegucigalpa', 'Managua', 'San Salvador', 'Tijuana',
  'Cancun', 'Juarez', 'Ciudad Juarez', 'Accra', 'Dakar', 'Casablanca', 'Rabat', 'Tunis', 'Algiers', 'Tripoli',
  'Benghazi', 'Mogadishu', 'Kampala', 'Kigali', 'Harare', 'Lusaka', 'Maputo', 'Pretoria', 'Durban', 'Abuja',
  'Marseille', 'Lyon', 'Nice', 'Seville', 'Valencia', 'Florence', 'Venice', 'Turin', 'Davos', 'Strasbourg',
  'Gdansk', 'Mosul', 'Basra', 'Erbil', 'Kandahar', 'Herat', 'Mariupol', 'Donetsk', 'Crimea', 'Sevastopol',
  'Vicuña', 'Macau', 'Shenzhen', 'Wuhan', 'Lhasa', 'Kolkata', 'Goa', 'Agra', 'Varanasi',
  // Ireland: cities and large towns
  'Cork', 'Limerick', 'Galway', 'Waterford', 'Kilkenny', 'Sligo', 'Drogheda', 'Dundalk', 'Derry', 'Athlone',
  'Letterkenny', 'Tralee', 'Ennis', 'Navan', 'Swords',
  // United Kingdom: cities and large towns (those that are also common names or words left out:
  // Bath, Reading, Derby, Hull, Preston, Chester, Lincoln, Durham, Bolton, Lancaster ...)
  'Sheffield', 'Bristol', 'Leicester', 'Nottingham', 'Coventry', 'Bradford', 'Cardiff', 'Swansea',
  'Stoke-on-Trent', 'Wolverhampton', 'Plymouth', 'Southampton', 'Portsmouth', 'Northampton', 'Luton',
  'Milton Keynes', 'Sunderland', 'Newcastle', 'Newcastle upon Tyne', 'Brighton', 'Norwich', 'Exeter', 'York',
  'Oxford', 'Cambridge', 'Worcester', 'Gloucester', 'Ipswich', 'Peterborough', 'Swindon', 'Aberdeen', 'Dundee',
  'Inverness', 'Blackpool', 'Middlesbrough', 'Huddersfield', 'Doncaster', 'Rotherham', 'Barnsley', 'Wakefield',
  'Warrington', 'Stockport', 'Salford', 'Wigan', 'Colchester', 'Chelmsford', 'Slough', 'Watford',
  'Bournemouth', 'Southend-on-Sea', 'Gateshead', 'Harrogate', 'Cheltenham', 'Hereford', 'Shrewsbury', 'Telford',
  'Basingstoke', 'Maidstone', 'Guildford', 'Canterbury', 'Torquay', 'Wrexham', 'Lisburn', 'Newry', 'Malvern',
  // Canada: provincial and territorial capitals and large cities
  'Regina', 'Saskatoon', 'Halifax', "St. John's", 'Fredericton', 'Charlottetown', 'Whitehorse', 'Yellowknife',
  'Iqaluit', 'Mississauga', 'Brampton', 'Hamilton', 'Kitchener', 'Thunder Bay', 'Sudbury', 'Kelowna', 'Moncton',
  'Prince Rupert', 'Prince George', 'Prince Albert', 'Nanaimo', 'Kamloops', 'Burnaby',
  // New Zealand and Pakistan: large cities (Nelson and Napier, also surnames, left out)
  'Christchurch', 'Tauranga', 'Dunedin', 'Rotorua', 'Palmerston North',
  'Lahore', 'Peshawar', 'Quetta', 'Rawalpindi', 'Faisalabad', 'Multan', 'Hyderabad', 'Sukkur',
  // Philippines and Kenya: large cities
  'Quezon City', 'Cebu City', 'Davao City', 'Bacolod', 'Iloilo City', 'Makati', 'Pasig', 'Taguig',
  'Zamboanga City', 'Cagayan de Oro', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret',
];

/**
 * States, provinces and counties outside the US that stand after a town as its container
 * ("Ballarat, Victoria", "Grimsby, Lincolnshire").
 */
export const PROVINCES: readonly string[] = [
  // Australia
  'New South Wales', 'Victoria', 'Queensland', 'Western Australia', 'South Australia', 'Tasmania',
  'Northern Territory', 'Australian Capital Territory',
  // Canada
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick',
  'Newfoundland and Labrador', 'Newfoundland', 'Prince Edward Island', 'Yukon', 'Northwest Territories', 'Nunavut',
  // England and Wales: counties and regions
  'Essex', 'Kent', 'Lancashire', 'Yorkshire', 'West Yorkshire', 'South Yorkshire', 'North Yorkshire',
  'East Yorkshire', 'Greater Manchester', 'Merseyside', 'Cornwall', 'Devon', 'Somerset', 'Dorset', 'Hampshire',
  'Surrey', 'Sussex', 'East Sussex', 'West Sussex', 'Suffolk', 'Cambridgeshire', 'Oxfordshire', 'Cumbria',
  'Northumberland', 'Lincolnshire', 'Nottinghamshire', 'Derbyshire', 'Leicestershire', 'Staffordshire',
  'Shropshire', 'Cheshire', 'Wiltshire', 'Gloucestershire', 'Herefordshire', 'Worcestershire', 'Warwickshire',
  'West Midlands', 'East Midlands', 'Berkshire', 'Buckinghamshire', 'Hertfordshire', 'Bedfordshire',
  'Northamptonshire', 'Teesside', 'Tyneside', 'Humberside', 'East Anglia', 'Gwynedd', 'Powys', 'Pembrokeshire',
  'Highlands', 'Fife', 'Aberdeenshire',
  // India: states and union territories
  'Uttar Pradesh', 'Madhya Pradesh', 'Andhra Pradesh', 'Himachal Pradesh', 'Arunachal Pradesh', 'Maharashtra',
  'Karnataka', 'Tamil Nadu', 'Kerala', 'Gujarat', 'Rajasthan', 'Bihar', 'West Bengal', 'Punjab', 'Haryana',
  'Telangana', 'Odisha', 'Assam', 'Jharkhand', 'Chhattisgarh', 'Uttarakhand', 'Manipur', 'Meghalaya', 'Mizoram',
  'Nagaland', 'Tripura', 'Sikkim', 'Jammu and Kashmir', 'Ladakh',
  // South Africa
  'Gauteng', 'Western Cape', 'Eastern Cape', 'Northern Cape', 'KwaZulu-Natal', 'Limpopo', 'Mpumalanga',
  'Free State',
  // Philippines: provinces (those that are also common names or words left out)
  'Abra', 'Agusan del Norte', 'Agusan del Sur', 'Aklan', 'Albay', 'Bataan', 'Batanes', 'Batangas', 'Benguet',
  'Biliran', 'Bohol', 'Bukidnon', 'Bulacan', 'Cagayan', 'Camarines Norte', 'Camarines Sur', 'Camiguin', 'Capiz',
  'Catanduanes', 'Cavite', 'Cebu', 'Cotabato', 'Davao de Oro', 'Davao del Norte', 'Davao del Sur',
  'Davao Occidental', 'Davao Oriental', 'Dinagat Islands', 'Eastern Samar', 'Guimaras', 'Ifugao', 'Ilocos Norte',
  'Ilocos Sur', 'Iloilo', 'La Union', 'Laguna', 'Lanao del Norte', 'Lanao del Sur', 'Leyte', 'Maguindanao',
  'Marinduque', 'Masbate', 'Misamis Occidental', 'Misamis Oriental', 'Mountain Province', 'Negros Occidental',
  'Negros Oriental', 'Northern Samar', 'Nueva Ecija', 'Nueva Vizcaya', 'Occidental Mindoro', 'Oriental Mindoro',
  'Palawan', 'Pampanga', 'Pangasinan', 'Quirino', 'Romblon', 'Samar', 'Sarangani', 'Siquijor', 'Sorsogon',
  'South Cotabato', 'Southern Leyte', 'Sultan Kudarat', 'Sulu', 'Surigao del Norte', 'Surigao del Sur', 'Tarlac',
  'Tawi-Tawi', 'Zambales', 'Zamboanga del Norte', 'Zamboanga del Sur', 'Zamboanga Sibugay',
  // Pakistan
  'Sindh', 'Khyber Pakhtunkhwa', 'Balochistan', 'Gilgit-Baltistan', 'Azad Kashmir',
  // Brazil
  'Acre', 'Alagoas', 'Amapá', 'Amazonas', 'Bahia', 'Ceará', 'Espírito Santo', 'Goiás', 'Maranhão',
  'Mato Grosso', 'Mato Grosso do Sul', 'Minas Gerais', 'Pará', 'Paraíba', 'Paraná', 'Pernambuco', 'Piauí',
  'Rio de Janeiro', 'Rio Grande do Norte', 'Rio Grande do Sul', 'Rondônia', 'Roraima', 'Santa Catarina',
  'São Paulo', 'Sao Paulo', 'Sergipe', 'Tocantins', 'Distrito Federal',
  // Mexico (those that are also common surnames left out: Guerrero, Hidalgo, Morelos)
  'Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Chiapas', 'Chihuahua', 'Coahuila',
  'Colima', 'Durango', 'Guanajuato', 'Jalisco', 'Michoacán', 'Michoacan', 'Nayarit', 'Nuevo León',
  'Nuevo Leon', 'Oaxaca', 'Puebla', 'Querétaro', 'Queretaro', 'Quintana Roo', 'San Luis Potosí', 'Sinaloa',
  'Sonora', 'Tabasco', 'Tamaulipas', 'Tlaxcala', 'Veracruz', 'Yucatán', 'Yucatan', 'Zacatecas',
  // Scotland: council areas and island groups
  'Highlands and Islands', 'Outer Hebrides', 'Inner Hebrides', 'Hebrides', 'Western Isles', 'Orkney',
  'Shetland', 'Argyll and Bute', 'Argyll', 'Moray', 'Lanarkshire', 'Ayrshire', 'Dumfries and Galloway',
  'Scottish Borders', 'Perthshire', 'Lothian', 'West Lothian', 'East Lothian', 'Midlothian',
  // Argentina (Mendoza, a common surname, left out)
  'Córdoba', 'Cordoba', 'Tucumán', 'Tucuman', 'Salta', 'Jujuy', 'Chaco', 'Corrientes', 'Entre Ríos',
  'Entre Rios', 'Neuquén', 'Neuquen', 'Río Negro', 'Chubut', 'Tierra del Fuego', 'La Pampa', 'Catamarca',
  'Santiago del Estero',
  // Greece
  'Attica', 'Peloponnese', 'Crete', 'Evia', 'Euboea', 'Thessaly', 'Epirus', 'Thrace', 'Rhodes', 'Corfu',
  'Lesbos', 'Santorini', 'Mykonos', 'Cyclades', 'Dodecanese',
  // Germany
  'Bavaria', 'Baden-Württemberg', 'Saxony', 'Lower Saxony', 'Hesse', 'Thuringia', 'North Rhine-Westphalia',
  'Rhineland-Palatinate', 'Saarland', 'Schleswig-Holstein', 'Mecklenburg-Western Pomerania', 'Saxony-Anhalt',
  // Spain
  'Catalonia', 'Andalusia', 'Galicia', 'Basque Country', 'Castile and León', 'Castilla-La Mancha', 'Asturias',
  'Cantabria', 'Navarre', 'Murcia', 'Extremadura', 'Balearic Islands', 'Canary Islands', 'Mallorca', 'Majorca',
  'Ibiza', 'Tenerife',
  // Italy (Lazio, a football club too, left out)
  'Lombardy', 'Tuscany', 'Sicily', 'Sardinia', 'Piedmont', 'Veneto', 'Campania', 'Calabria', 'Apulia', 'Puglia',
  'Emilia-Romagna', 'Liguria', 'Umbria', 'Abruzzo', 'Friuli Venezia Giulia', 'Trentino', 'South Tyrol',
  // France
  'Normandy', 'Brittany', 'Provence', 'Alsace', 'Burgundy', 'Occitanie', 'Île-de-France', 'Corsica',
  'Auvergne-Rhône-Alpes', 'Hauts-de-France', 'Nouvelle-Aquitaine', 'Grand Est', 'French Riviera',
  // China
  'Guangdong', 'Sichuan', 'Yunnan', 'Hubei', 'Hunan', 'Henan', 'Hebei', 'Shandong', 'Jiangsu', 'Zhejiang',
  'Fujian', 'Anhui', 'Jiangxi', 'Shaanxi', 'Shanxi', 'Gansu', 'Guizhou', 'Hainan', 'Heilongjiang', 'Jilin',
  'Liaoning', 'Qinghai', 'Inner Mongolia', 'Guangxi', 'Ningxia',
  // Japan and Indonesia: main islands and regions
  'Hokkaido', 'Honshu', 'Kyushu', 'Shikoku', 'Okinawa', 'Java', 'East Java', 'Central Java', 'West Java', 'Bali',
  'Sumatra', 'Sulawesi', 'Borneo', 'Kalimantan', 'Lombok', 'Aceh',
  // Colombia, Peru, Russia's regions in the news
  'Antioquia', 'Valle del Cauca', 'Cundinamarca', 'Cusco', 'Chechnya', 'Dagestan',
];

/**
 * Nigeria's states, named "<Name> State" ("Plateau State"); the name alone names the state too,
 * but for those that are also common words or another country (NIGERIAN_STATES_NOT_ALONE) and
 * those that share their name with a city (NIGERIAN_STATE_CITIES: "Kano" alone is the city).
 */
export const NIGERIAN_STATES: readonly string[] = [
  'Abia', 'Adamawa', 'Akwa Ibom', 'Anambra', 'Bauchi', 'Bayelsa', 'Benue', 'Borno', 'Cross River', 'Delta',
  'Ebonyi', 'Edo', 'Ekiti', 'Enugu', 'Gombe', 'Imo', 'Jigawa', 'Kaduna', 'Kano', 'Katsina', 'Kebbi', 'Kogi',
  'Kwara', 'Lagos', 'Nasarawa', 'Niger', 'Ogun', 'Ondo', 'Osun', 'Oyo', 'Plateau', 'Rivers', 'Sokoto', 'Taraba',
  'Yobe', 'Zamfara',
];
export const NIGERIAN_STATES_NOT_ALONE: readonly string[] = ['Delta', 'Niger', 'Rivers', 'Cross River'];
export const NIGERIAN_STATE_CITIES: readonly string[] = [
  'Bauchi', 'Enugu', 'Gombe', 'Kaduna', 'Kano', 'Katsina', 'Lagos', 'Ondo', 'Oyo', 'Sokoto',
];

/** Continents, regions, landmarks and bodies of water that are places. */
export const REGIONS: readonly string[] = [
  'Americas', 'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Antarctica',
  'Australia', 'Oceania', 'Eurasia', 'Middle East', 'Near East', 'Far East', 'Southeast Asia', 'East Asia',
  'South Asia', 'Central Asia', 'West Africa', 'East Africa', 'North Africa', 'Sub-Saharan Africa', 'Horn of Africa',
  'Western Europe', 'Eastern Europe', 'Scandinavia', 'Balkans', 'Caribbean', 'Mediterranean', 'Sahel',
  'Pacific', 'Atlantic', 'Pacific Ocean', 'Atlantic Ocean', 'Indian Ocean', 'Arctic', 'Arctic Ocean',
  'Gulf of Mexico', 'Persian Gulf', 'Red Sea', 'Black Sea', 'Baltic Sea', 'North Sea', 'South China Sea',
  'Caspian Sea', 'Dead Sea', 'Strait of Hormuz', 'Suez Canal', 'Panama Canal', 'English Channel', 'Nile',
  'Amazon', 'Mississippi River', 'Colorado River', 'Rio Grande', 'Great Lakes', 'Rocky Mountains', 'Rockies',
  'Appalachia', 'Midwest', 'Northeast', 'Southwest', 'Southeast', 'Northwest', 'Pacific Northwest', 'New England',
  'Deep South', 'Twin Cities', 'Pilbara', 'Kimberley', 'Goldfields', 'Outback', 'Brahmaputra', 'Sun Belt', 'Rust Belt', 'Great Plains', 'West Coast', 'East Coast', 'Gulf Coast', 'Bay Area',
  'Silicon Valley', 'Wall Street', 'Capitol Hill', 'Southern California', 'Northern California',
  'Central Valley', 'Upper Midwest', 'West Bank', 'Gaza Strip', 'Golan Heights', 'Prairies', 'Maritimes',
  'Kashmir', 'Tibet', 'Xinjiang', 'Siberia', 'Patagonia', 'Sahara', 'Himalayas', 'Alps', 'Andes', 'Donbas',
  'Kurdistan', 'Luzon', 'Visayas', 'Mindanao', 'Negros', 'Mindoro', 'Lake Michigan', 'Lake Erie', 'Lake Tahoe', 'Chesapeake Bay',
  'Puget Sound', 'Long Island', 'Cape Cod', 'Martha\'s Vineyard', 'Everglades', 'Grand Canyon', 'Yellowstone',
  'Scotland', 'England', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'Holland', 'Hawaii', 'Guam',
  'Puerto Rico', 'Taiwan', 'Palestine', 'Kosovo', 'European Union', 'Washington, D.C.', 'D.C.', 'America',
];

/** AP-style and postal abbreviations of US states, as written after a city ("Mesa, Ariz."). */
export const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois',
  'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Kans.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland',
  'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri',
  'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma',
  'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee', 'Va.': 'Virginia', 'Vt.': 'Vermont', 'Wash.': 'Washington', 'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/** Canadian press abbreviations of provinces ("Nanaimo, B.C."). */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'B.C.': 'British Columbia', 'Alta.': 'Alberta', 'Sask.': 'Saskatchewan', 'Ont.': 'Ontario', 'Que.': 'Quebec',
  'N.S.': 'Nova Scotia', 'N.B.': 'New Brunswick', 'P.E.I.': 'Prince Edward Island', 'N.L.': 'Newfoundland and Labrador',
};

/** Australian states written short in running text ("Transport for NSW", "Brisbane, Qld"). */
export const AUSTRALIAN_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  NSW: 'New South Wales',
  Qld: 'Queensland',
};

/**
 * Nationality and regional adjectives ("Saudi Crown Prince ...", "Chinese President ..."):
 * modifiers, never entities on their own.
 */
export const DEMONYMS: readonly string[] = [
  // Australian states' adjectives ("the Victorian Greens"); regions' ("an Andean economist")
  'Victorian', 'Tasmanian', 'Andean', 'Amazonian', 'Nordic', 'Scandinavian', 'Balkan', 'Iberian', 'Baltic',
  'Patagonian', 'Siberian', 'Himalayan', 'Alpine', 'Caribbean', 'Mediterranean',
  'American', 'British', 'English', 'Scottish', 'Welsh', 'Irish', 'French', 'German', 'Italian', 'Spanish',
  'Portuguese', 'Dutch', 'Belgian', 'Swiss', 'Austrian', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Polish',
  'Czech', 'Hungarian', 'Romanian', 'Bulgarian', 'Greek', 'Turkish', 'Russian', 'Ukrainian', 'Belarusian',
  'Chinese', 'Japanese', 'Korean', 'Taiwanese', 'Vietnamese', 'Thai', 'Indonesian', 'Malaysian', 'Filipino',
  'Indian', 'Pakistani', 'Bangladeshi', 'Afghan', 'Iranian', 'Iraqi', 'Syrian', 'Lebanese', 'Jordanian',
  'Israeli', 'Palestinian', 'Saudi', 'Emirati', 'Qatari', 'Kuwaiti', 'Yemeni', 'Omani', 'Egyptian', 'Libyan',
  'Tunisian', 'Algerian', 'Moroccan', 'Sudanese', 'Ethiopian', 'Kenyan', 'Nigerian', 'Ghanaian', 'South African',
  'Canadian', 'Mexican', 'Brazilian', 'Argentine', 'Argentinian', 'Chilean', 'Colombian', 'Peruvian',
  'Venezuelan', 'Cuban', 'Australian', 'European', 'Asian', 'African', 'Arab', 'Latin American', 'Kurdish',
  'Serbian', 'Croatian', 'Armenian', 'Azerbaijani', 'Georgian', 'Kazakh', 'Uzbek', 'Mongolian', 'North Korean',
];
