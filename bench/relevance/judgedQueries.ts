// The judged relevance set: queries that help-desk staff, kiosk visitors and field officers type,
// each with graded judgments { entryId: 3 exact answer | 2 relevant | 1 related }. Judged by reading
// resources/catalogue/*.csv (titles, summaries, keywords, details), never from any engine's output.
// Slices: language (en | hi | romanised) and kinds of query.
import type { Judgments } from './metrics';

export type QueryLanguage = 'en' | 'hi' | 'romanised';
export type QueryKind = 'acronym' | 'code' | 'typo' | 'variant' | 'concept' | 'kind-intent' | 'title' | 'lab';

export interface JudgedQuery {
  text: string;
  language: QueryLanguage;
  kinds: QueryKind[];
  judgments: Judgments;
}

function q(text: string, language: QueryLanguage, kinds: QueryKind | QueryKind[], judgments: Judgments): JudgedQuery {
  return { text, language, kinds: Array.isArray(kinds) ? kinds : [kinds], judgments };
}

const TDF = 'scheme-tdf';
const TDF_COURSE = 'course-tdf-proposal-writing';
const TDF_CLINIC = 'cons-dttc-tdf-proposal-clinic';
const TOT_ADVISORY = 'cons-dttc-tot-latot-advisory';
const TOT_COURSE = 'course-tot-ipr-awareness';
const TOT_HANDHOLDING = 'scheme-dttc-tot-handholding-support';
const ENV_TEST = 'cons-dttc-climatic-environmental-testing';
const ENV_COURSE = 'course-environmental-testing-practice';
const EMC_TEST = 'cons-dttc-emi-emc-testing';
const EMC_COURSE = 'course-emi-emc-design';
const VIB = 'cons-dttc-vibration-shock-testing';
const NDT = 'cons-dttc-ndt-inspection';
const NDT_COURSE = 'course-ndt-ultrasonic-level-1';
const DRONE_RADAR = 'tech-lrde-drone-detection-radar';
const DRONE_JAMMER = 'tech-dlrl-rf-drone-jammer';
const CUAS_COURSE = 'course-counter-drone-systems-awareness';
const CUAS_EVAL = 'cons-dttc-counter-drone-evaluation';
const CUAS_EOI = 'scheme-tdf-eoi-counter-drone-sensors';
const MINI_UAV = 'tech-ade-mini-uav-surveillance';
const DRONE_PILOT = 'course-drone-pilot-fundamentals';
const DRONE_ASSEMBLY = 'course-drone-assembly-maintenance';
const BPJ = 'tech-dmsrde-bulletproof-jacket';
const HELMET = 'tech-dmsrde-ballistic-helmet';
const B4C = 'tech-dmrl-boron-carbide-armour-tiles';
const BALLISTIC_TEST = 'cons-tbrl-ballistic-testing-armour';
const COMPOSITE_COURSE = 'course-composite-fabrication';
const COMPOSITE_VESSEL = 'tech-drdl-filament-wound-pressure-vessels';
const MECH_TEST = 'cons-dttc-mechanical-materials-testing';
const WATER_KIT = 'tech-drde-water-poison-detection-kit';
const PURIFIER = 'tech-dfrl-portable-water-purifier';
const DESAL = 'tech-dmsrde-desalination-membranes';
const RTE = 'tech-dfrl-ready-to-eat-meals';
const RETORT_COURSE = 'course-retort-food-processing';
const OXY_PLANT = 'tech-debel-psa-medical-oxygen-plant';
const OXY_SPO2 = 'tech-debel-spo2-oxygen-delivery';
const BIODIGESTER = 'tech-drde-biodigester';
const GREENHOUSE = 'tech-dihar-passive-solar-greenhouse';
const PROTECTED_CULT = 'course-protected-cultivation-cold-regions';
const HYDROPONICS = 'tech-dihar-high-altitude-hydroponics';
const WEATHER_RADAR = 'tech-lrde-weather-radar';
const GPR = 'tech-lrde-ground-penetrating-radar';
const TWIR = 'tech-lrde-through-wall-imaging-radar';
const THERMAL_SIGHT = 'tech-irde-thermal-imaging-sight';
const HHTI = 'tech-irde-handheld-thermal-imager';
const NVG = 'tech-irde-night-vision-goggles';
const EO_COURSE = 'course-electro-optics-basics';
const EO_TEST = 'cons-dttc-electro-optical-testing';
const THERMAL_EOI = 'scheme-tdf-eoi-uncooled-thermal-cores';
const IP_TEST = 'cons-dttc-ingress-protection-testing';
const SALT_FOG = 'cons-dttc-salt-fog-corrosion-testing';
const CORROSION_COAT = 'tech-nmrl-anti-corrosion-coating';
const CORROSION_COURSE = 'course-marine-corrosion-protection';
const MARINE_COAT_EVAL = 'cons-nmrl-marine-coating-evaluation';
const FIRE_RES_TEST = 'cons-cfees-fire-resistance-testing';
const FIRE_COURSE = 'course-fire-explosive-safety';
const WATER_MIST = 'tech-cfees-water-mist-fire-suppression';
const AEROSOL_FIRE = 'tech-hemrl-aerosol-fire-suppression';
const VEHICLE_FIRE = 'tech-cfees-vehicle-fire-suppression';
const FIRE_DETECTOR = 'tech-cfees-multi-sensor-fire-detector';
const INTUMESCENT = 'tech-cfees-intumescent-fire-retardant-coating';
const FR_TEXTILE = 'tech-dmsrde-fire-retardant-textiles';
const FIRE_EOI = 'scheme-tdf-eoi-fire-safe-materials';
const INCUBATION = 'scheme-dttc-startup-incubation';
const BOOTCAMP = 'course-startup-bootcamp';
const MENTORING = 'cons-dttc-startup-mentoring';
const IDEX = 'scheme-idex-style-open-challenge';
const VOUCHER = 'scheme-dttc-msme-testing-voucher';
const QUAL_CERT = 'cons-dttc-qualification-test-certification';
const BATTERY_TEST = 'cons-dttc-battery-testing';
const BMS = 'tech-vrde-ev-battery-management-system';
const AGZN = 'tech-nstl-silver-zinc-battery';
const CMM = 'cons-dttc-cmm-metrology';
const GDT = 'course-gdt-metrology';
const FEA = 'cons-dttc-structural-fea';
const FEA_COURSE = 'course-fea-for-designers';
const CFD = 'cons-dttc-cfd-analysis';
const CFD_COURSE = 'course-cfd-basics';
const PCB_DESIGN = 'cons-dttc-pcb-design-layout';
const PCB_COURSE = 'course-pcb-design-basics';
const PCB_INSPECT = 'cons-dttc-pcb-assembly-inspection';
const SOLDER = 'course-ipc-soldering-rework';
const AM_PROTO = 'cons-dttc-additive-manufacturing-prototyping';
const AM_COURSE = 'course-additive-manufacturing-design';
const PROTO_SUPPORT = 'scheme-dttc-prototype-fabrication-support';
const IOT_COURSE = 'course-iot-industry-40';
const IOT_RETROFIT = 'cons-dttc-iot-machine-retrofit';
const SMART_FACTORY = 'cons-dttc-smart-factory-assessment';
const CNC_COURSE = 'course-cnc-programming-operation';
const CNC_OPT = 'cons-dttc-cnc-process-optimisation';
const IPR = 'cons-dttc-ipr-advisory';
const PROCUREMENT = 'cons-dttc-defence-procurement-advisory';
const PROCUREMENT_COURSE = 'course-defence-procurement-awareness';
const CYBER = 'course-cyber-hygiene-msme';
const WELDING = 'course-armour-steel-welding';
const AUV = 'tech-nstl-autonomous-underwater-vehicle';
const MODEM = 'tech-npol-underwater-acoustic-modem';
const HYDROPHONE = 'tech-npol-piezo-hydrophones';
const DDS = 'tech-npol-diver-detection-sonar';
const UGV = 'tech-cvrde-unmanned-ground-vehicle';
const ROS = 'course-robotics-ros';
const ROBOT_NAV = 'tech-cair-robot-navigation-stack';
const DOSIMETER = 'tech-inmas-pocket-radiation-dosimeter';
const PRUSSIAN = 'tech-inmas-prussian-blue-capsules';
const RAD_KIT = 'tech-inmas-radiation-emergency-medical-kit';
const NBC_EVAL = 'cons-drde-nbc-protective-equipment-evaluation';
const DECON = 'tech-drde-personal-decontamination-kit';
const CWA = 'tech-drde-handheld-chemical-agent-detector';
const BIOSUIT = 'tech-debel-protective-bio-suit';
const EDK = 'tech-cfees-explosive-detection-kit';
const REPELLENT = 'tech-drde-insect-repellent-cream';
const DENGUE = 'tech-drde-dengue-rapid-test';
const LUKOSKIN = 'tech-diber-herbal-leucoderma-formulation';
const BIODIESEL = 'tech-diber-biodiesel-non-edible-oils';
const BIOFERT = 'tech-diber-hill-biofertiliser';
const SEABUCKTHORN = 'tech-dihar-seabuckthorn-products';
const MILLET = 'tech-dfrl-millet-instant-mixes';
const CHAPATI = 'tech-dfrl-shelf-stable-chapati';
const ENERGY_BAR = 'tech-dfrl-high-energy-bars';
const SELF_HEATING = 'tech-dfrl-self-heating-ration-pack';
const FREEZE_DRIED = 'tech-dfrl-freeze-dried-fruit-powders';
const SHELF_LIFE_TEST = 'cons-dfrl-shelf-life-food-safety-testing';
const PARACHUTE = 'tech-adrde-cargo-parachute-system';
const AEROSTAT = 'tech-adrde-tethered-aerostat';
const SHELTER = 'tech-adrde-inflatable-shelter';
const PAYLOAD_DROP = 'tech-adrde-uav-payload-drop-kit';
const COLD_CLOTHING = 'tech-dipas-extreme-cold-clothing';
const HYPERBARIC = 'tech-dipas-portable-hyperbaric-chamber';
const HEAT_MONITOR = 'tech-dipas-heat-stress-monitor';
const COOLING_VEST = 'tech-debel-personal-cooling-vest';
const ANTI_G = 'tech-debel-anti-g-suit';
const CAMO = 'tech-dmsrde-multispectral-camouflage';
const CARBINE = 'tech-arde-sub-machine-carbine';
const UBGL = 'tech-arde-under-barrel-grenade-launcher';
const RCWS = 'tech-arde-remote-weapon-station';
const FLARES = 'tech-arde-distress-signal-flares';
const GRENADE = 'tech-tbrl-multi-mode-hand-grenade';
const EMULSION = 'tech-hemrl-emulsion-explosive';
const IM = 'tech-hemrl-insensitive-high-explosive';
const SHAPED = 'tech-tbrl-oil-well-shaped-charges';
const BLAST_PANEL = 'tech-tbrl-blast-mitigating-panels';
const BLAST_SEAT = 'tech-cvrde-blast-attenuating-seat';
const MPV = 'tech-vrde-mine-protected-vehicle-hull';
const TRANSMISSION = 'tech-cvrde-automatic-transmission';
const SUSPENSION = 'tech-cvrde-hydropneumatic-suspension';
const RWR = 'tech-dlrl-radar-warning-receiver';
const DF_ANTENNA = 'tech-dlrl-wideband-df-antenna';
const SDR = 'tech-dlrl-software-defined-receiver';
const EW_EVAL = 'cons-dttc-ew-sensor-characterisation';
const EW_EOI = 'scheme-tdf-eoi-ew-sensors';
const RCS = 'cons-lrde-radar-cross-section-measurement';
const RTS = 'tech-lrde-radar-target-simulator';
const TRM = 'tech-lrde-transmit-receive-module';
const LLLR = 'tech-lrde-low-level-lightweight-radar';
const GAN = 'tech-sspl-gan-power-amplifier-mmic';
const SAW = 'tech-sspl-saw-filters';
const MWIR = 'tech-sspl-mwir-infrared-detector';
const FAILURE = 'cons-sspl-semiconductor-failure-analysis';
const SPEECH = 'tech-cair-indian-language-speech-recognition';
const VIDEO_AI = 'tech-cair-ai-video-analytics';
const SWARM = 'tech-cair-drone-swarm-software';
const SECURE_MSG = 'tech-cair-secure-messaging-platform';
const AI_COURSE = 'course-ai-machine-vision';
const TITANIUM = 'tech-dmrl-titanium-sponge';
const IMPLANTS = 'tech-dmrl-titanium-orthopaedic-implants';
const SMCO = 'tech-dmrl-samarium-cobalt-magnets';
const TURBINE_BLADES = 'tech-dmrl-superalloy-turbine-blades';
const TBC = 'tech-gtre-thermal-barrier-coatings';
const TURBOJET = 'tech-gtre-small-turbojet-engine';
const STRAIN = 'tech-gtre-high-temperature-strain-gauges';
const RADOME = 'tech-drdl-fused-silica-radome';
const FLOW_FORMED = 'tech-drdl-flow-formed-tubes';
const ATGM = 'tech-drdl-atgm-launcher-tripod';
const ANECHOIC = 'tech-nstl-anechoic-tiles';
const ANTIFOULING = 'tech-nmrl-antifouling-paint';
const OIL_SPILL = 'tech-nmrl-oil-spill-sorbent';
const FUEL_CELL = 'tech-nmrl-phosphoric-acid-fuel-cell';
const BUOY = 'tech-npol-met-ocean-data-buoy';
const LRF = 'tech-irde-eye-safe-laser-range-finder';
const THIN_FILM = 'tech-irde-optical-thin-film-coatings';
const EO_FCS = 'tech-irde-eo-fire-control-system';
const OPTICAL_DESIGN = 'cons-irde-optical-design-consultancy';
const FCC = 'tech-ade-uav-flight-control-computer';
const GCS = 'tech-ade-portable-ground-control-station';
const HIL = 'tech-ade-hardware-in-loop-simulator';
const UAV_FLIGHT_TEST = 'cons-dttc-uav-flight-performance-testing';
const DRONE_CERT = 'cons-dttc-drone-certification-readiness';
const UAV_SIM = 'cons-dttc-uav-flight-dynamics-simulation';
const TEXTILE_TEST = 'cons-dmsrde-textile-polymer-testing';
const RESPIRATOR = 'tech-dmsrde-respirator-filter-canister';
const DROP_TEST = 'cons-dttc-transport-drop-testing';
const ANTENNA_MEAS = 'cons-dttc-antenna-rf-measurement';
const RF_COURSE = 'course-rf-microwave-basics';
const EM_SIM = 'cons-dttc-electromagnetic-simulation';
const THERMAL_SIM = 'cons-dttc-electronics-thermal-simulation';
const DIGITAL_TWIN = 'cons-dttc-digital-twin-production-line';
const RUGGED = 'cons-dttc-rugged-product-design';
const DFM = 'cons-dttc-design-for-manufacture-review';
const JIGS = 'cons-dttc-jigs-fixtures-design';
const REVERSE = 'cons-dttc-reverse-engineering-3d-scanning';
const IN_PLANT = 'cons-dttc-in-plant-training';
const LAB_STAFF = 'cons-dttc-test-lab-staff-training';
const QUALITY_COURSE = 'course-quality-for-defence-suppliers';
const EMBEDDED = 'course-embedded-systems';
const PLC = 'course-plc-scada';
const LEAN = 'course-lean-manufacturing';
const EXPORT = 'course-export-compliance-defence';
const DIA_COE = 'scheme-drdo-industry-academia-coe';
const DARE = 'scheme-dare-to-dream-innovation-contest';
const EXTRAMURAL = 'scheme-drdo-extramural-research-grant';
const ARDB = 'scheme-aeronautics-research-board-grant';
const NRB = 'scheme-naval-research-board-grant';
const LSRB = 'scheme-life-sciences-research-board-grant';
const ARMREB = 'scheme-armament-research-board-grant';
const FEE_WAIVER = 'scheme-dttc-skill-course-fee-waiver';
const HACKATHON = 'scheme-dttc-student-defence-hackathon';
const WOMEN_PITCH = 'scheme-dttc-women-founders-pitch-day';


/** Every entry of one lab, judged alike: what a query naming only the lab asks for. */
function allOfLab(grade: 1 | 2 | 3, ids: readonly string[]): Judgments {
  return Object.fromEntries(ids.map((id) => [id, grade]));
}
const DMSRDE_ENTRIES = [BPJ, HELMET, DESAL, FR_TEXTILE, CAMO, RESPIRATOR, TEXTILE_TEST, COMPOSITE_COURSE];
const DFRL_ENTRIES = [RTE, SELF_HEATING, CHAPATI, ENERGY_BAR, FREEZE_DRIED, PURIFIER, MILLET, SHELF_LIFE_TEST, RETORT_COURSE];
const IRDE_ENTRIES = [THERMAL_SIGHT, HHTI, NVG, LRF, THIN_FILM, EO_FCS, OPTICAL_DESIGN, EO_COURSE];
const NMRL_ENTRIES = [CORROSION_COAT, ANTIFOULING, OIL_SPILL, FUEL_CELL, MARINE_COAT_EVAL, CORROSION_COURSE];
const CFEES_ENTRIES = [WATER_MIST, EDK, INTUMESCENT, VEHICLE_FIRE, FIRE_DETECTOR, FIRE_RES_TEST, FIRE_COURSE];
const DRDE_ENTRIES = [WATER_KIT, CWA, DECON, DENGUE, BIODIGESTER, REPELLENT, NBC_EVAL];
const TBRL_ENTRIES = [GRENADE, BLAST_PANEL, SHAPED, BALLISTIC_TEST];
const SSPL_ENTRIES = [GAN, SAW, MWIR, FAILURE];
const GTRE_ENTRIES = [TBC, TURBOJET, STRAIN];

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  // English: acronyms
  q('TDF', 'en', 'acronym', { [TDF]: 3, [TDF_COURSE]: 2, [TDF_CLINIC]: 2, [CUAS_EOI]: 1, [EW_EOI]: 1, [THERMAL_EOI]: 1, [FIRE_EOI]: 1 }),
  q('LATOT', 'en', 'acronym', { [TOT_ADVISORY]: 3, [TOT_HANDHOLDING]: 2, [TOT_COURSE]: 2 }),
  q('ToT', 'en', 'acronym', { [TOT_ADVISORY]: 3, [TOT_COURSE]: 3, [TOT_HANDHOLDING]: 2 }),
  q('NDT', 'en', 'acronym', { [NDT]: 3, [NDT_COURSE]: 3 }),
  q('EMI EMC', 'en', 'acronym', { [EMC_TEST]: 3, [EMC_COURSE]: 3 }),
  q('EMC', 'en', 'acronym', { [EMC_TEST]: 3, [EMC_COURSE]: 3 }),
  q('CMM', 'en', 'acronym', { [CMM]: 3, [GDT]: 2 }),
  q('FEA', 'en', 'acronym', { [FEA]: 3, [FEA_COURSE]: 3 }),
  q('CFD', 'en', 'acronym', { [CFD]: 3, [CFD_COURSE]: 3 }),
  q('PCB', 'en', 'acronym', { [PCB_DESIGN]: 3, [PCB_COURSE]: 3, [PCB_INSPECT]: 3, [SOLDER]: 1 }),
  q('IoT', 'en', 'acronym', { [IOT_COURSE]: 3, [IOT_RETROFIT]: 3, [SMART_FACTORY]: 1 }),
  q('CNC', 'en', 'acronym', { [CNC_COURSE]: 3, [CNC_OPT]: 3 }),
  q('IPR', 'en', 'acronym', { [IPR]: 3, [TOT_COURSE]: 2 }),
  q('UGV', 'en', 'acronym', { [UGV]: 3 }),
  q('AUV', 'en', 'acronym', { [AUV]: 3 }),
  q('GPR', 'en', 'acronym', { [GPR]: 3 }),
  q('RWR', 'en', 'acronym', { [RWR]: 3 }),
  q('RCS', 'en', 'acronym', { [RCS]: 3, [EM_SIM]: 1 }),
  q('NVG', 'en', 'acronym', { [NVG]: 3 }),
  q('HHTI', 'en', 'acronym', { [HHTI]: 3 }),
  q('LRF', 'en', 'acronym', { [LRF]: 3 }),
  q('UBGL', 'en', 'acronym', { [UBGL]: 3 }),
  q('RCWS', 'en', 'acronym', { [RCWS]: 3 }),
  q('BMS', 'en', 'acronym', { [BMS]: 3 }),
  q('PSA oxygen', 'en', 'acronym', { [OXY_PLANT]: 3 }),
  q('RTE', 'en', 'acronym', { [RTE]: 3, [RETORT_COURSE]: 2 }),
  q('MPV', 'en', 'acronym', { [MPV]: 3 }),
  q('C-UAS', 'en', 'acronym', { [DRONE_RADAR]: 3, [CUAS_COURSE]: 3, [CUAS_EVAL]: 2, [CUAS_EOI]: 2, [DRONE_JAMMER]: 2 }),
  q('EW', 'en', 'acronym', { [RWR]: 2, [EW_EVAL]: 3, [EW_EOI]: 3, [DF_ANTENNA]: 2, [SDR]: 2 }),
  q('GaN MMIC', 'en', 'acronym', { [GAN]: 3 }),
  q('SAW filter', 'en', 'acronym', { [SAW]: 3 }),
  q('MWIR', 'en', 'acronym', { [MWIR]: 3, [THERMAL_EOI]: 1 }),
  q('ROS', 'en', 'acronym', { [ROS]: 3, [ROBOT_NAV]: 1 }),
  q('PLC', 'en', 'acronym', { [PLC]: 3 }),
  q('SCADA', 'en', 'acronym', { [PLC]: 3 }),
  q('GD&T', 'en', 'acronym', { [GDT]: 3, [CMM]: 2 }),
  q('GCS', 'en', 'acronym', { [GCS]: 3 }),
  q('iDEX', 'en', 'acronym', { [IDEX]: 3 }),
  q('NBC', 'en', 'acronym', { [NBC_EVAL]: 3, [DECON]: 2, [CWA]: 2, [BIOSUIT]: 2, [RESPIRATOR]: 1, [WATER_KIT]: 1 }),
  q('MSME', 'en', 'acronym', { [VOUCHER]: 2, [TOT_COURSE]: 2, [PROCUREMENT_COURSE]: 2, [CYBER]: 2 }),
  q('AI', 'en', 'acronym', { [AI_COURSE]: 3, [VIDEO_AI]: 3 }),
  q('FCC UAV', 'en', 'acronym', { [FCC]: 3 }),
  q('HIL simulator', 'en', 'acronym', { [HIL]: 3 }),
  q('DFM', 'en', 'acronym', { [DFM]: 3 }),
  q('B4C', 'en', 'acronym', { [B4C]: 3 }),
  q('SmCo magnet', 'en', 'acronym', { [SMCO]: 3 }),
  q('TBC coating', 'en', 'acronym', { [TBC]: 3 }),
  q('PAFC', 'en', 'acronym', { [FUEL_CELL]: 3 }),
  q('DWR', 'en', 'acronym', { [WEATHER_RADAR]: 3 }),
  q('TWIR', 'en', 'acronym', { [TWIR]: 3 }),
  q('EDK', 'en', 'acronym', { [EDK]: 3 }),
  q('ATGM', 'en', 'acronym', { [ATGM]: 3 }),
  q('NRB grant', 'en', 'acronym', { [NRB]: 3 }),
  q('LSRB', 'en', 'acronym', { [LSRB]: 3 }),
  q('AR&DB', 'en', 'acronym', { [ARDB]: 3 }),
  // English: standard codes, written variously
  q('MIL-STD-810', 'en', 'code', { [ENV_TEST]: 3, [ENV_COURSE]: 3, [VIB]: 1 }),
  q('MIL STD 810', 'en', 'code', { [ENV_TEST]: 3, [ENV_COURSE]: 3, [VIB]: 1 }),
  q('mil std 810g', 'en', 'code', { [ENV_TEST]: 3, [ENV_COURSE]: 3, [VIB]: 1 }),
  q('MIL-STD-461', 'en', 'code', { [EMC_TEST]: 3, [EMC_COURSE]: 3 }),
  q('milstd461', 'en', 'code', { [EMC_TEST]: 3, [EMC_COURSE]: 3 }),
  q('JSS 55555', 'en', 'code', { [ENV_COURSE]: 3, [ENV_TEST]: 3 }),
  q('IP67', 'en', 'code', { [IP_TEST]: 3 }),
  q('IP 68 test', 'en', 'code', { [IP_TEST]: 3 }),
  q('IPC-A-610', 'en', 'code', { [SOLDER]: 3 }),
  q('J-STD-001', 'en', 'code', { [SOLDER]: 3 }),
  q('AS9100', 'en', 'code', { [QUALITY_COURSE]: 3 }),
  q('CE102', 'en', 'code', { [EMC_TEST]: 3 }),
  q('Ti6Al4V', 'en', 'code', { [IMPLANTS]: 3 }),
  q('5.56 mm carbine', 'en', 'code', { [CARBINE]: 3 }),
  q('40mm grenade launcher', 'en', 'code', { [UBGL]: 3, [GRENADE]: 1 }),
  q('IP rating', 'en', 'code', { [IP_TEST]: 3 }),
  // English: more titles and concepts
  q('silver zinc battery', 'en', 'title', { [AGZN]: 3, [BATTERY_TEST]: 1 }),
  q('inflatable shelter', 'en', 'title', { [SHELTER]: 3 }),
  q('hydropneumatic suspension', 'en', 'title', { [SUSPENSION]: 3 }),
  q('chip failure analysis', 'en', 'concept', { [FAILURE]: 3 }),
  q('strain gauges', 'en', 'variant', { [STRAIN]: 3 }),
  q('radome', 'en', 'title', { [RADOME]: 3 }),
  q('flow forming', 'en', 'concept', { [FLOW_FORMED]: 3 }),
  q('ocean data buoy', 'en', 'title', { [BUOY]: 3 }),
  q('anti reflection coating', 'en', 'concept', { [THIN_FILM]: 3 }),
  q('naval gun fire control', 'en', 'concept', { [EO_FCS]: 3 }),
  q('lens design', 'en', 'concept', { [OPTICAL_DESIGN]: 3, [THIN_FILM]: 1 }),
  q('UAV flight dynamics simulation', 'en', 'title', { [UAV_SIM]: 3, [HIL]: 1 }),
  q('RF microwave course', 'en', 'kind-intent', { [RF_COURSE]: 3, [ANTENNA_MEAS]: 1 }),
  q('electronics cooling simulation', 'en', 'concept', { [THERMAL_SIM]: 3 }),
  q('ruggedisation', 'en', 'concept', { [RUGGED]: 3 }),
  q('jigs and fixtures', 'en', 'title', { [JIGS]: 3 }),
  // English: navigational titles
  q('Technology Development Fund', 'en', 'title', { [TDF]: 3, [TDF_COURSE]: 2, [TDF_CLINIC]: 2 }),
  q('Doppler weather radar', 'en', 'title', { [WEATHER_RADAR]: 3 }),
  q('water poison detection kit', 'en', 'title', { [WATER_KIT]: 3 }),
  q('bio-digester for human waste', 'en', 'title', { [BIODIGESTER]: 3 }),
  q('night vision goggles', 'en', 'title', { [NVG]: 3, [EO_COURSE]: 1 }),
  q('salt fog testing', 'en', 'title', { [SALT_FOG]: 3, [MARINE_COAT_EVAL]: 1 }),
  q('vibration and shock testing', 'en', 'title', { [VIB]: 3, [ENV_TEST]: 1 }),
  q('drone pilot fundamentals', 'en', 'title', { [DRONE_PILOT]: 3, [DRONE_ASSEMBLY]: 1 }),
  q('Dare to Dream', 'en', 'title', { [DARE]: 3 }),
  q('student hackathon', 'en', 'title', { [HACKATHON]: 3 }),
  q('cyber hygiene', 'en', 'title', { [CYBER]: 3 }),
  q('lean manufacturing', 'en', 'title', { [LEAN]: 3 }),
  q('export compliance', 'en', 'title', { [EXPORT]: 3 }),
  q('extramural research grant', 'en', 'title', { [EXTRAMURAL]: 3, [ARDB]: 1, [NRB]: 1, [LSRB]: 1, [ARMREB]: 1 }),
  q('Divya Chakshu', 'en', 'title', { [TWIR]: 3 }),
  q('Lukoskin', 'en', 'title', { [LUKOSKIN]: 3 }),
  q('seabuckthorn', 'en', 'title', { [SEABUCKTHORN]: 3 }),
  q('tethered aerostat', 'en', 'title', { [AEROSTAT]: 3 }),
  q('cargo parachute', 'en', 'title', { [PARACHUTE]: 3 }),
  q('anti-G suit', 'en', 'title', { [ANTI_G]: 3 }),
  q('prussian blue', 'en', 'title', { [PRUSSIAN]: 3 }),
  q('hand grenade', 'en', 'title', { [GRENADE]: 3 }),
  q('digital twin', 'en', 'title', { [DIGITAL_TWIN]: 3 }),
  q('reverse engineering 3D scanning', 'en', 'title', { [REVERSE]: 3 }),
  // English: concepts in the visitor's words
  q('bulletproof jacket', 'en', 'concept', { [BPJ]: 3, [BALLISTIC_TEST]: 2, [HELMET]: 1, [B4C]: 1 }),
  q('body armour', 'en', 'concept', { [BPJ]: 3, [B4C]: 3, [BALLISTIC_TEST]: 2, [HELMET]: 1 }),
  q('mosquito cream', 'en', 'concept', { [REPELLENT]: 3 }),
  q('clean drinking water in the field', 'en', 'concept', { [PURIFIER]: 3, [DESAL]: 2, [WATER_KIT]: 1 }),
  q('seawater to drinking water', 'en', 'concept', { [DESAL]: 3, [PURIFIER]: 1 }),
  q('oxygen plant for hospital', 'en', 'concept', { [OXY_PLANT]: 3, [OXY_SPO2]: 1 }),
  q('bio toilet', 'en', 'concept', { [BIODIGESTER]: 3 }),
  q('farming in Ladakh', 'en', 'concept', { [GREENHOUSE]: 3, [HYDROPONICS]: 2, [PROTECTED_CULT]: 2, [SEABUCKTHORN]: 1 }),
  q('soilless farming', 'en', 'concept', { [HYDROPONICS]: 3, [PROTECTED_CULT]: 1 }),
  q('see through walls', 'en', 'concept', { [TWIR]: 3 }),
  q('find buried pipes', 'en', 'concept', { [GPR]: 3 }),
  q('stop enemy drones', 'en', 'concept', { [DRONE_JAMMER]: 3, [DRONE_RADAR]: 3, [CUAS_COURSE]: 2, [CUAS_EVAL]: 2, [CUAS_EOI]: 1 }),
  q('drone jammer', 'en', 'concept', { [DRONE_JAMMER]: 3, [DRONE_RADAR]: 1, [CUAS_EVAL]: 1 }),
  q('fire extinguisher', 'en', 'concept', { [AEROSOL_FIRE]: 3, [WATER_MIST]: 2, [VEHICLE_FIRE]: 2, [FIRE_COURSE]: 1 }),
  q('smoke detector', 'en', 'concept', { [FIRE_DETECTOR]: 3 }),
  q('fire retardant paint', 'en', 'concept', { [INTUMESCENT]: 3, [FIRE_EOI]: 1, [FR_TEXTILE]: 1 }),
  q('rust protection for ships', 'en', 'concept', { [CORROSION_COAT]: 3, [CORROSION_COURSE]: 2, [ANTIFOULING]: 2, [MARINE_COAT_EVAL]: 2, [SALT_FOG]: 1 }),
  q('altitude sickness', 'en', 'concept', { [HYPERBARIC]: 3 }),
  q('heat stroke', 'en', 'concept', { [HEAT_MONITOR]: 3, [COOLING_VEST]: 2 }),
  q('winter clothing for soldiers', 'en', 'concept', { [COLD_CLOTHING]: 3 }),
  q('radiation detector', 'en', 'concept', { [DOSIMETER]: 3, [RAD_KIT]: 1 }),
  q('chemical weapons detector', 'en', 'concept', { [CWA]: 3, [NBC_EVAL]: 1 }),
  q('bomb detection', 'en', 'concept', { [EDK]: 3 }),
  q('mining explosives', 'en', 'concept', { [EMULSION]: 3 }),
  q('airbag inflator', 'en', 'concept', { 'tech-hemrl-nitrogen-gas-generator': 3 }),
  q('oil spill cleanup', 'en', 'concept', { [OIL_SPILL]: 3 }),
  q('underwater drone', 'en', 'concept', { [AUV]: 3 }),
  q('underwater communication', 'en', 'concept', { [MODEM]: 3 }),
  q('submarine stealth coating', 'en', 'concept', { [ANECHOIC]: 3 }),
  q('speech recognition Hindi', 'en', 'concept', { [SPEECH]: 3 }),
  q('CCTV analytics', 'en', 'concept', { [VIDEO_AI]: 3 }),
  q('encrypted chat app', 'en', 'concept', { [SECURE_MSG]: 3 }),
  q('3D printing', 'en', 'concept', { [AM_PROTO]: 3, [AM_COURSE]: 3, [PROTO_SUPPORT]: 2 }),
  q('electric vehicle battery', 'en', 'concept', { [BMS]: 3, [BATTERY_TEST]: 2 }),
  q('battery testing', 'en', 'concept', { [BATTERY_TEST]: 3 }),
  q('bone implants', 'en', 'concept', { [IMPLANTS]: 3 }),
  q('dengue test', 'en', 'concept', { [DENGUE]: 3 }),
  q('vitiligo medicine', 'en', 'concept', { [LUKOSKIN]: 3 }),
  q('biodiesel', 'en', 'concept', { [BIODIESEL]: 3 }),
  q('organic fertiliser', 'en', 'concept', { [BIOFERT]: 3 }),
  q('millets', 'en', 'concept', { [MILLET]: 3 }),
  q('energy bar', 'en', 'concept', { [ENERGY_BAR]: 3 }),
  q('food shelf life testing', 'en', 'concept', { [SHELF_LIFE_TEST]: 3 }),
  q('camouflage paint', 'en', 'concept', { [CAMO]: 3 }),
  q('jet engine for drones', 'en', 'concept', { [TURBOJET]: 3 }),
  q('turbine blades', 'en', 'concept', { [TURBINE_BLADES]: 3, [TBC]: 1 }),
  q('CNG cylinder', 'en', 'concept', { [COMPOSITE_VESSEL]: 3 }),
  q('distress flare for fishermen', 'en', 'concept', { [FLARES]: 3 }),
  q('mine blast protection', 'en', 'concept', { [MPV]: 3, [BLAST_SEAT]: 2, [BLAST_PANEL]: 1 }),
  q('gearbox for tanks', 'en', 'concept', { [TRANSMISSION]: 3 }),
  q('patent search', 'en', 'concept', { [IPR]: 3 }),
  q('vendor registration', 'en', 'concept', { [PROCUREMENT]: 3, [PROCUREMENT_COURSE]: 2 }),
  q('funding for startups', 'en', 'concept', { [INCUBATION]: 3, [IDEX]: 3, [WOMEN_PITCH]: 1, [BOOTCAMP]: 1 }),
  q('women entrepreneurs', 'en', 'concept', { [WOMEN_PITCH]: 3, [FEE_WAIVER]: 1 }),
  q('research grant for universities', 'en', 'concept', { [EXTRAMURAL]: 3, [DIA_COE]: 2, [ARDB]: 1, [NRB]: 1, [LSRB]: 1, [ARMREB]: 1 }),
  // English: what kind of entry is wanted
  q('testing services', 'en', 'kind-intent', { [ENV_TEST]: 1, [VIB]: 1, [EMC_TEST]: 1, [QUAL_CERT]: 1, [NDT]: 1 }),
  q('drone courses', 'en', 'kind-intent', { [DRONE_PILOT]: 3, [DRONE_ASSEMBLY]: 3, [CUAS_COURSE]: 2 }),
  q('drone testing', 'en', 'kind-intent', { [UAV_FLIGHT_TEST]: 3, [DRONE_CERT]: 3, [CUAS_EVAL]: 2 }),
  q('radar testing', 'en', 'kind-intent', { [RCS]: 3, [RTS]: 2, [ANTENNA_MEAS]: 1 }),
  q('welding training', 'en', 'kind-intent', { [WELDING]: 3 }),
  q('fire safety course', 'en', 'kind-intent', { [FIRE_COURSE]: 3 }),
  q('fire testing', 'en', 'kind-intent', { [FIRE_RES_TEST]: 3 }),
  q('textile testing', 'en', 'kind-intent', { [TEXTILE_TEST]: 3 }),
  q('ballistic testing', 'en', 'kind-intent', { [BALLISTIC_TEST]: 3 }),
  q('startup schemes', 'en', 'kind-intent', { [INCUBATION]: 3, [IDEX]: 2, [WOMEN_PITCH]: 2, [DARE]: 1, [HACKATHON]: 1 }),
  q('training for lab staff', 'en', 'kind-intent', { [LAB_STAFF]: 3, [IN_PLANT]: 1 }),
  q('electro optics course', 'en', 'kind-intent', { [EO_COURSE]: 3 }),
  q('thermal camera testing', 'en', 'kind-intent', { [EO_TEST]: 3, [HHTI]: 1 }),
  q('packaging drop test', 'en', 'kind-intent', { [DROP_TEST]: 3 }),
  q('embedded systems course', 'en', 'kind-intent', { [EMBEDDED]: 3 }),
  // English: lab names
  q('DFRL', 'en', 'lab', { [RTE]: 2, [SELF_HEATING]: 2, [CHAPATI]: 2, [ENERGY_BAR]: 2, [FREEZE_DRIED]: 2, [PURIFIER]: 2, [MILLET]: 2, [SHELF_LIFE_TEST]: 2, [RETORT_COURSE]: 2 }),
  q('INMAS', 'en', 'lab', { [DOSIMETER]: 2, [PRUSSIAN]: 2, [RAD_KIT]: 2 }),
  q('DIHAR', 'en', 'lab', { [GREENHOUSE]: 2, [SEABUCKTHORN]: 2, [HYDROPONICS]: 2, 'tech-dihar-livestock-feed-blocks': 2, [PROTECTED_CULT]: 2 }),
  q('DMSRDE technologies', 'en', ['lab', 'kind-intent'], { ...allOfLab(2, [BPJ, HELMET, DESAL, FR_TEXTILE, CAMO, RESPIRATOR]), [TEXTILE_TEST]: 1, [COMPOSITE_COURSE]: 1 }),
  q('IRDE', 'en', 'lab', allOfLab(2, IRDE_ENTRIES)),
  q('CFEES', 'en', 'lab', allOfLab(2, CFEES_ENTRIES)),
  q('DRDE', 'en', 'lab', allOfLab(2, DRDE_ENTRIES)),
  q('TBRL', 'en', 'lab', allOfLab(2, TBRL_ENTRIES)),
  q('NPOL sonar', 'en', 'lab', { [DDS]: 3, [HYDROPHONE]: 2, [MODEM]: 1, [BUOY]: 1 }),
  q('DFRL courses', 'en', ['lab', 'kind-intent'], { [RETORT_COURSE]: 3, [SHELF_LIFE_TEST]: 1 }),
  q('Defence Food Research Laboratory', 'en', 'lab', allOfLab(2, DFRL_ENTRIES)),
  q('Naval Materials Research Laboratory', 'en', 'lab', allOfLab(2, NMRL_ENTRIES)),
  q('Solid State Physics Laboratory', 'en', 'lab', allOfLab(2, SSPL_ENTRIES)),
  q('gas turbine research establishment', 'en', 'lab', allOfLab(2, GTRE_ENTRIES)),
  // English: more titles as written
  q('Thermal imaging sight', 'en', 'title', { [THERMAL_SIGHT]: 3, [HHTI]: 1, [EO_COURSE]: 1 }),
  q('Marine coating performance evaluation', 'en', 'title', { [MARINE_COAT_EVAL]: 3, [CORROSION_COAT]: 1, [ANTIFOULING]: 1 }),
  q('Shelf-life and food safety testing', 'en', 'title', { [SHELF_LIFE_TEST]: 3, [RETORT_COURSE]: 1 }),
  q('Ballistic testing of armour', 'en', 'title', { [BALLISTIC_TEST]: 3, [BPJ]: 1, [HELMET]: 1 }),
  q('Phosphoric acid fuel cell', 'en', 'title', { [FUEL_CELL]: 3 }),
  q('Underwater acoustic modem', 'en', 'title', { [MODEM]: 3 }),
  q('Evaluation of NBC protective equipment', 'en', 'title', { [NBC_EVAL]: 3, [BIOSUIT]: 1, [RESPIRATOR]: 1 }),
  q('Self-heating ration pack', 'en', 'title', { [SELF_HEATING]: 3, [RTE]: 1 }),
  q('Surface acoustic wave filters', 'en', 'title', { [SAW]: 3 }),
  q('Semiconductor device failure analysis', 'en', 'title', { [FAILURE]: 3 }),
  // English: typos
  q('bulletprof jaket', 'en', 'typo', { [BPJ]: 3, [BALLISTIC_TEST]: 1 }),
  q('hydroponis', 'en', 'typo', { [HYDROPONICS]: 3, [PROTECTED_CULT]: 1 }),
  q('desalinaton', 'en', 'typo', { [DESAL]: 3 }),
  q('parachut', 'en', 'typo', { [PARACHUTE]: 3 }),
  q('hydrophne', 'en', 'typo', { [HYDROPHONE]: 3 }),
  q('grenaid launcher', 'en', 'typo', { [UBGL]: 3, [GRENADE]: 1 }),
  q('vibraton testing', 'en', 'typo', { [VIB]: 3 }),
  q('dosimetre', 'en', 'typo', { [DOSIMETER]: 3 }),
  q('samarium cobolt', 'en', 'typo', { [SMCO]: 3 }),
  q('incubaton', 'en', 'typo', { [INCUBATION]: 3, [BOOTCAMP]: 1, [MENTORING]: 1 }),
  q('aerostate', 'en', 'typo', { [AEROSTAT]: 3 }),
  q('technlogy development fund', 'en', 'typo', { [TDF]: 3, [TDF_COURSE]: 2, [TDF_CLINIC]: 2 }),
  // English: plurals and British/American spellings
  q('magnets', 'en', 'variant', { [SMCO]: 3 }),
  q('helmets', 'en', 'variant', { [HELMET]: 3 }),
  q('flares', 'en', 'variant', { [FLARES]: 3 }),
  q('sensors for fire', 'en', 'variant', { [FIRE_DETECTOR]: 3 }),
  q('greenhouses', 'en', 'variant', { [GREENHOUSE]: 3, [PROTECTED_CULT]: 2 }),
  q('armor', 'en', 'variant', { [B4C]: 3, [BPJ]: 2, [BALLISTIC_TEST]: 2, [COMPOSITE_COURSE]: 1, [WELDING]: 1 }),
  q('orthopedic implant', 'en', 'variant', { [IMPLANTS]: 3 }),
  q('fertilizer', 'en', 'variant', { [BIOFERT]: 3 }),
  q('acclimatization', 'en', 'variant', { [HYPERBARIC]: 1 }),
  q('sanitization', 'en', 'variant', { [BIODIGESTER]: 1 }),
  q('characterization of EW sensors', 'en', 'variant', { [EW_EVAL]: 3 }),
  q('optimization of CNC machining', 'en', 'variant', { [CNC_OPT]: 3, [CNC_COURSE]: 1 }),
  q('licence for technology', 'en', 'variant', { [TOT_ADVISORY]: 3, [TOT_HANDHOLDING]: 2, [TOT_COURSE]: 2 }),
  q('license', 'en', 'variant', { [TOT_ADVISORY]: 3, [TOT_HANDHOLDING]: 2, [TOT_COURSE]: 1 }),
  q('colour camouflage', 'en', 'variant', { [CAMO]: 3 }),

  // Hindi (Devanagari), spelling variants
  q('कंपोजिट', 'hi', 'variant', { [COMPOSITE_COURSE]: 3, [COMPOSITE_VESSEL]: 3, [MECH_TEST]: 2, [FIRE_EOI]: 1 }),
  q('कम्पोजिट', 'hi', 'variant', { [COMPOSITE_COURSE]: 3, [COMPOSITE_VESSEL]: 3, [MECH_TEST]: 2, [FIRE_EOI]: 1 }),
  q('कम्पोज़िट', 'hi', 'variant', { [COMPOSITE_COURSE]: 3, [COMPOSITE_VESSEL]: 3, [MECH_TEST]: 2, [FIRE_EOI]: 1 }),
  q('परीक्षण सुविधा', 'hi', 'kind-intent', { [ENV_TEST]: 1, [VIB]: 1, [EMC_TEST]: 1, [QUAL_CERT]: 1, [NDT]: 1, [VOUCHER]: 1 }),
  q('टीडीएफ', 'hi', 'acronym', { [TDF]: 3, [TDF_COURSE]: 2, [TDF_CLINIC]: 2, [CUAS_EOI]: 1, [EW_EOI]: 1, [THERMAL_EOI]: 1, [FIRE_EOI]: 1 }),
  q('टीडीएफ़', 'hi', 'acronym', { [TDF]: 3, [TDF_COURSE]: 2, [TDF_CLINIC]: 2, [CUAS_EOI]: 1, [EW_EOI]: 1, [THERMAL_EOI]: 1, [FIRE_EOI]: 1 }),
  q('प्रौद्योगिकी विकास निधि', 'hi', 'title', { [TDF]: 3, [TDF_COURSE]: 2, [TDF_CLINIC]: 2 }),
  q('प्रौद्योगिकी हस्तांतरण', 'hi', 'concept', { [TOT_ADVISORY]: 3, [TOT_COURSE]: 3, [TOT_HANDHOLDING]: 2 }),
  q('लैटॉट', 'hi', 'acronym', { [TOT_ADVISORY]: 3, [TOT_HANDHOLDING]: 1, [TOT_COURSE]: 1 }),
  q('ड्रोन', 'hi', 'concept', { [MINI_UAV]: 3, [DRONE_PILOT]: 2, [DRONE_ASSEMBLY]: 2, [UAV_FLIGHT_TEST]: 2, [DRONE_CERT]: 2, [SWARM]: 1, [PAYLOAD_DROP]: 1 }),
  q('ड्रोन प्रशिक्षण', 'hi', 'kind-intent', { [DRONE_PILOT]: 3, [DRONE_ASSEMBLY]: 3, [CUAS_COURSE]: 2 }),
  q('ड्रोन रोधी', 'hi', 'concept', { [DRONE_RADAR]: 3, [DRONE_JAMMER]: 3, [CUAS_COURSE]: 2, [CUAS_EVAL]: 2, [CUAS_EOI]: 2 }),
  q('ड्रोन-रोधी', 'hi', 'variant', { [DRONE_RADAR]: 3, [DRONE_JAMMER]: 3, [CUAS_COURSE]: 2, [CUAS_EVAL]: 2, [CUAS_EOI]: 2 }),
  q('बुलेटप्रूफ जैकेट', 'hi', 'concept', { [BPJ]: 3, [BALLISTIC_TEST]: 2, [HELMET]: 1 }),
  q('बुलेटप्रूफ़ जैकेट', 'hi', 'variant', { [BPJ]: 3, [BALLISTIC_TEST]: 2, [HELMET]: 1 }),
  q('कवच', 'hi', 'concept', { [B4C]: 3, [BPJ]: 3, [BALLISTIC_TEST]: 2, [COMPOSITE_COURSE]: 1, [WELDING]: 1 }),
  q('हेलमेट', 'hi', 'concept', { [HELMET]: 3 }),
  q('मौसम रडार', 'hi', 'title', { [WEATHER_RADAR]: 3 }),
  q('रडार', 'hi', 'concept', { [WEATHER_RADAR]: 2, [GPR]: 2, [TWIR]: 2, [LLLR]: 2, [DRONE_RADAR]: 2, [RTS]: 2, [TRM]: 2, [RWR]: 1, [RCS]: 1 }),
  q('जल विष जाँच किट', 'hi', 'title', { [WATER_KIT]: 3 }),
  q('जल विष जांच किट', 'hi', 'variant', { [WATER_KIT]: 3 }),
  q('पानी साफ करने की मशीन', 'hi', 'concept', { [PURIFIER]: 3, [DESAL]: 1 }),
  q('जल शोधन', 'hi', 'concept', { [PURIFIER]: 3, [DESAL]: 2 }),
  q('ऑक्सीजन संयंत्र', 'hi', 'title', { [OXY_PLANT]: 3 }),
  q('आक्सीजन प्लांट', 'hi', 'variant', { [OXY_PLANT]: 3 }),
  q('बायो टॉयलेट', 'hi', 'concept', { [BIODIGESTER]: 3 }),
  q('जैव शौचालय', 'hi', 'concept', { [BIODIGESTER]: 3 }),
  q('ग्रीनहाउस', 'hi', 'concept', { [GREENHOUSE]: 3, [PROTECTED_CULT]: 2 }),
  q('बिना मिट्टी खेती', 'hi', 'concept', { [HYDROPONICS]: 3 }),
  q('मच्छर भगाने वाली क्रीम', 'hi', 'title', { [REPELLENT]: 3 }),
  q('मच्छर', 'hi', 'concept', { [REPELLENT]: 3 }),
  q('डेंगू जाँच', 'hi', 'concept', { [DENGUE]: 3 }),
  q('डेंगू जांच', 'hi', 'variant', { [DENGUE]: 3 }),
  q('रेडी टू ईट भोजन', 'hi', 'title', { [RTE]: 3, [RETORT_COURSE]: 2 }),
  q('तैयार भोजन', 'hi', 'concept', { [RTE]: 3, [RETORT_COURSE]: 1, [SELF_HEATING]: 1 }),
  q('मोटा अनाज', 'hi', 'concept', { [MILLET]: 3 }),
  q('रोटी', 'hi', 'concept', { [CHAPATI]: 3 }),
  q('ऊर्जा बार', 'hi', 'title', { [ENERGY_BAR]: 3 }),
  q('कंपन परीक्षण', 'hi', 'title', { [VIB]: 3, [ENV_TEST]: 1 }),
  q('पर्यावरणीय परीक्षण', 'hi', 'title', { [ENV_TEST]: 3, [ENV_COURSE]: 3 }),
  q('अविनाशी परीक्षण', 'hi', 'title', { [NDT]: 3, [NDT_COURSE]: 3 }),
  q('ईएमआई ईएमसी परीक्षण', 'hi', 'acronym', { [EMC_TEST]: 3, [EMC_COURSE]: 2 }),
  q('बैटरी परीक्षण', 'hi', 'kind-intent', { [BATTERY_TEST]: 3 }),
  q('बैलिस्टिक परीक्षण', 'hi', 'kind-intent', { [BALLISTIC_TEST]: 3 }),
  q('अग्नि सुरक्षा प्रशिक्षण', 'hi', 'kind-intent', { [FIRE_COURSE]: 3 }),
  q('अग्निशामक', 'hi', 'concept', { [AEROSOL_FIRE]: 3, [WATER_MIST]: 2, [VEHICLE_FIRE]: 2 }),
  q('आग बुझाने की प्रणाली', 'hi', 'concept', { [AEROSOL_FIRE]: 3, [WATER_MIST]: 3, [VEHICLE_FIRE]: 2 }),
  q('धुआं संसूचक', 'hi', 'concept', { [FIRE_DETECTOR]: 3 }),
  q('जंग रोधी कोटिंग', 'hi', 'title', { [CORROSION_COAT]: 3, [CORROSION_COURSE]: 2, [MARINE_COAT_EVAL]: 1 }),
  q('विकिरण', 'hi', 'concept', { [DOSIMETER]: 3, [PRUSSIAN]: 3, [RAD_KIT]: 3 }),
  q('विस्फोटक संसूचन', 'hi', 'title', { [EDK]: 3 }),
  q('सोनार', 'hi', 'concept', { [DDS]: 3, [HYDROPHONE]: 1 }),
  q('हाइड्रोफोन', 'hi', 'variant', { [HYDROPHONE]: 3 }),
  q('हाइड्रोफ़ोन', 'hi', 'variant', { [HYDROPHONE]: 3 }),
  q('पैराशूट', 'hi', 'concept', { [PARACHUTE]: 3, [PAYLOAD_DROP]: 1 }),
  q('थर्मल कैमरा', 'hi', 'concept', { [HHTI]: 3, [THERMAL_SIGHT]: 2, [EO_TEST]: 1, [THERMAL_EOI]: 1 }),
  q('रात्रि दृष्टि', 'hi', 'concept', { [NVG]: 3, [EO_COURSE]: 1 }),
  q('नाइट विजन', 'hi', 'variant', { [NVG]: 3, [EO_COURSE]: 1 }),
  q('लेजर रेंज फाइंडर', 'hi', 'variant', { [LRF]: 3 }),
  q('छलावरण', 'hi', 'concept', { [CAMO]: 3 }),
  q('स्टार्टअप इन्क्यूबेशन', 'hi', 'title', { [INCUBATION]: 3, [BOOTCAMP]: 1, [MENTORING]: 1 }),
  q('स्टार्टअप', 'hi', 'concept', { [INCUBATION]: 3, [BOOTCAMP]: 2, [MENTORING]: 2, [IDEX]: 2, [WOMEN_PITCH]: 2 }),
  q('पेटेंट', 'hi', 'concept', { [IPR]: 3, [TOT_COURSE]: 2 }),
  q('बौद्धिक संपदा', 'hi', 'concept', { [IPR]: 3, [TOT_COURSE]: 3 }),
  q('रक्षा खरीद', 'hi', 'concept', { [PROCUREMENT]: 3, [PROCUREMENT_COURSE]: 3 }),
  q('साइबर सुरक्षा', 'hi', 'concept', { [CYBER]: 3, [SECURE_MSG]: 1 }),
  q('वेल्डिंग', 'hi', 'concept', { [WELDING]: 3 }),
  q('सोल्डरिंग', 'hi', 'concept', { [SOLDER]: 3 }),
  q('पीसीबी डिजाइन', 'hi', 'variant', { [PCB_DESIGN]: 3, [PCB_COURSE]: 3 }),
  q('सीएनसी प्रशिक्षण', 'hi', 'kind-intent', { [CNC_COURSE]: 3, [CNC_OPT]: 1 }),
  q('3डी प्रिंटिंग', 'hi', 'concept', { [AM_PROTO]: 3, [AM_COURSE]: 3, [PROTO_SUPPORT]: 2 }),
  q('रोबोटिक्स', 'hi', 'concept', { [ROS]: 3, [ROBOT_NAV]: 2, [UGV]: 1 }),
  q('कृत्रिम बुद्धिमत्ता', 'hi', 'concept', { [AI_COURSE]: 3, [VIDEO_AI]: 2 }),
  q('वाक् पहचान', 'hi', 'title', { [SPEECH]: 3 }),
  q('टाइटेनियम', 'hi', 'concept', { [TITANIUM]: 3, [IMPLANTS]: 2 }),
  q('चुंबक', 'hi', 'concept', { [SMCO]: 3 }),
  q('ईंधन सेल', 'hi', 'concept', { [FUEL_CELL]: 3 }),
  q('तेल रिसाव', 'hi', 'concept', { [OIL_SPILL]: 3 }),
  q('हथगोला', 'hi', 'concept', { [GRENADE]: 3 }),
  q('ग्रेनेड लांचर', 'hi', 'variant', { [UBGL]: 3 }),
  q('कार्बाइन', 'hi', 'concept', { [CARBINE]: 3 }),
  q('बारूदी सुरंग', 'hi', 'concept', { [MPV]: 3, [BLAST_SEAT]: 1 }),
  q('मानवरहित वाहन', 'hi', 'concept', { [UGV]: 3, [AUV]: 1 }),
  q('ठंड के कपड़े', 'hi', 'concept', { [COLD_CLOTHING]: 3 }),
  q('ऊँचाई रोग', 'hi', 'concept', { [HYPERBARIC]: 3 }),
  q('ऊंचाई रोग', 'hi', 'variant', { [HYPERBARIC]: 3 }),
  q('लू', 'hi', 'concept', { [HEAT_MONITOR]: 3, [COOLING_VEST]: 1 }),
  q('अस्थि प्रत्यारोपण', 'hi', 'title', { [IMPLANTS]: 3 }),
  q('बायोडीजल', 'hi', 'variant', { [BIODIESEL]: 3 }),
  q('जैव उर्वरक', 'hi', 'concept', { [BIOFERT]: 3 }),
  q('समुद्री जल विलवणीकरण', 'hi', 'title', { [DESAL]: 3 }),
  q('ड्रोन झुंड', 'hi', 'concept', { [SWARM]: 3 }),
  q('वस्त्र परीक्षण', 'hi', 'kind-intent', { [TEXTILE_TEST]: 3 }),
  q('खाद्य सुरक्षा परीक्षण', 'hi', 'kind-intent', { [SHELF_LIFE_TEST]: 3 }),
  q('एनबीसी', 'hi', 'acronym', { [NBC_EVAL]: 3, [DECON]: 2, [CWA]: 2, [BIOSUIT]: 2, [RESPIRATOR]: 1, [WATER_KIT]: 1 }),
  q('एमएसएमई परीक्षण सहायता', 'hi', 'title', { [VOUCHER]: 3 }),
  q('नवाचार प्रतियोगिता', 'hi', 'concept', { [DARE]: 3, [IDEX]: 2, [HACKATHON]: 1 }),
  q('महिला उद्यमी', 'hi', 'concept', { [WOMEN_PITCH]: 3, [FEE_WAIVER]: 1 }),
  q('हैकाथॉन', 'hi', 'concept', { [HACKATHON]: 3 }),
  q('शुल्क छूट', 'hi', 'concept', { [FEE_WAIVER]: 3 }),
  // Hindi: labs by their Hindi names and codes written in Devanagari
  q('डीएमएसआरडीई', 'hi', 'lab', allOfLab(2, DMSRDE_ENTRIES)),
  q('रक्षा सामग्री', 'hi', 'lab', allOfLab(2, DMSRDE_ENTRIES)),
  q('रक्षा खाद्य अनुसंधान प्रयोगशाला', 'hi', 'lab', allOfLab(2, DFRL_ENTRIES)),
  q('आईआरडीई', 'hi', 'lab', allOfLab(2, IRDE_ENTRIES)),
  q('नौसेना सामग्री अनुसंधान प्रयोगशाला', 'hi', 'lab', allOfLab(2, NMRL_ENTRIES)),
  q('एसएसपीएल', 'hi', 'lab', allOfLab(2, SSPL_ENTRIES)),
  q('टीबीआरएल', 'hi', 'lab', allOfLab(2, TBRL_ENTRIES)),
  // Hindi: titles as written
  q('हस्तचालित थर्मल इमेजर', 'hi', 'title', { [HHTI]: 3, [THERMAL_SIGHT]: 1 }),
  q('अग्नि प्रतिरोध एवं ज्वलनशीलता परीक्षण', 'hi', 'title', { [FIRE_RES_TEST]: 3 }),
  q('समुद्री कोटिंग प्रदर्शन मूल्यांकन', 'hi', 'title', { [MARINE_COAT_EVAL]: 3, [CORROSION_COAT]: 1, [ANTIFOULING]: 1 }),

  // Romanised Hindi
  q('parikshan suvidha', 'romanised', 'kind-intent', { [ENV_TEST]: 1, [VIB]: 1, [EMC_TEST]: 1, [QUAL_CERT]: 1, [NDT]: 1, [VOUCHER]: 1 }),
  q('drone prashikshan', 'romanised', 'kind-intent', { [DRONE_PILOT]: 3, [DRONE_ASSEMBLY]: 3, [CUAS_COURSE]: 2 }),
  q('drone rodhi', 'romanised', 'concept', { [DRONE_RADAR]: 3, [DRONE_JAMMER]: 3, [CUAS_COURSE]: 2, [CUAS_EVAL]: 2, [CUAS_EOI]: 2 }),
  q('tdf yojana', 'romanised', 'acronym', { [TDF]: 3, [TDF_COURSE]: 2, [TDF_CLINIC]: 2 }),
  q('kavach', 'romanised', 'concept', { [B4C]: 3, [BPJ]: 3, [BALLISTIC_TEST]: 1 }),
  q('mausam radar', 'romanised', 'concept', { [WEATHER_RADAR]: 3 }),
  q('jal shodhan', 'romanised', 'concept', { [PURIFIER]: 3, [DESAL]: 1 }),
  q('pani saaf', 'romanised', 'concept', { [PURIFIER]: 3, [DESAL]: 1 }),
  q('oxygen sanyantra', 'romanised', 'concept', { [OXY_PLANT]: 3 }),
  q('machchhar cream', 'romanised', 'concept', { [REPELLENT]: 3 }),
  q('aag bujhane ka yantra', 'romanised', 'concept', { [AEROSOL_FIRE]: 3, [WATER_MIST]: 2, [VEHICLE_FIRE]: 2 }),
  q('agni suraksha prashikshan', 'romanised', 'kind-intent', { [FIRE_COURSE]: 3 }),
  q('kheti greenhouse', 'romanised', 'concept', { [GREENHOUSE]: 3, [PROTECTED_CULT]: 2 }),
  q('krishi prashikshan', 'romanised', 'kind-intent', { [PROTECTED_CULT]: 3 }),
  q('chumbak', 'romanised', 'concept', { [SMCO]: 3 }),
  q('haddi implant', 'romanised', 'concept', { [IMPLANTS]: 3 }),
  q('thanda jacket', 'romanised', 'concept', { [COOLING_VEST]: 3 }),
  q('shauchalay', 'romanised', 'concept', { [BIODIGESTER]: 3 }),
  q('visphotak', 'romanised', 'concept', { [EMULSION]: 2, [IM]: 2, [EDK]: 2, [SHAPED]: 1 }),
  q('visphotak pehchan', 'romanised', 'concept', { [EDK]: 3 }),
  q('takneek hastantaran', 'romanised', 'concept', { [TOT_ADVISORY]: 3, [TOT_COURSE]: 3, [TOT_HANDHOLDING]: 2 }),
  q('startup yojana', 'romanised', 'kind-intent', { [INCUBATION]: 3, [IDEX]: 2, [WOMEN_PITCH]: 2 }),
  q('anudan yojana', 'romanised', 'kind-intent', { [TDF]: 2, [EXTRAMURAL]: 2, [ARDB]: 2, [NRB]: 2, [LSRB]: 2, [ARMREB]: 2 }),
  q('welding prashikshan', 'romanised', 'kind-intent', { [WELDING]: 3 }),
  q('cnc pathyakram', 'romanised', 'kind-intent', { [CNC_COURSE]: 3 }),
  q('kampan parikshan', 'romanised', 'kind-intent', { [VIB]: 3 }),
  q('battery jaanch', 'romanised', 'kind-intent', { [BATTERY_TEST]: 3 }),
  q('paryavaran parikshan', 'romanised', 'kind-intent', { [ENV_TEST]: 3, [ENV_COURSE]: 3 }),
  q('parachute', 'romanised', 'concept', { [PARACHUTE]: 3, [PAYLOAD_DROP]: 1 }),
  q('saur greenhouse', 'romanised', 'concept', { [GREENHOUSE]: 3 }),
  q('dengue jaanch', 'romanised', 'concept', { [DENGUE]: 3 }),
  q('chapati', 'romanised', 'concept', { [CHAPATI]: 3 }),
  q('roti', 'romanised', 'concept', { [CHAPATI]: 3 }),
  q('bajra ragi', 'romanised', 'concept', { [MILLET]: 3 }),
  q('shree anna', 'romanised', 'concept', { [MILLET]: 3 }),
  q('jal pari', 'romanised', 'title', { [WATER_KIT]: 3 }),
  q('zang rodhi paint', 'romanised', 'concept', { [CORROSION_COAT]: 3, [ANTIFOULING]: 1 }),
  q('safed daag dawa', 'romanised', 'concept', { [LUKOSKIN]: 3 }),
  q('drone pariksha', 'romanised', 'kind-intent', { [UAV_FLIGHT_TEST]: 3, [DRONE_CERT]: 3, [CUAS_EVAL]: 2 }),
  q('suraksha jacket bulletproof', 'romanised', 'concept', { [BPJ]: 3, [BALLISTIC_TEST]: 1 }),
  q('paramarsh sewa patent', 'romanised', 'kind-intent', { [IPR]: 3 }),
  q('tot salah', 'romanised', 'kind-intent', { [TOT_ADVISORY]: 3, [TOT_COURSE]: 1 }),
  q('prashikshan', 'romanised', 'kind-intent', { [DRONE_PILOT]: 1, [FIRE_COURSE]: 1, [WELDING]: 1, [CNC_COURSE]: 1, [LAB_STAFF]: 1, [IN_PLANT]: 1 }),
];
