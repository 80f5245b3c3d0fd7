import { District } from './district/district.entity';
import { Enterprise } from './enterprise/enterprise.entity';
import { Official } from './official/official.entity';
import { Pairing } from './pairing/pairing.entity';

export const entities = [District, Enterprise, Official, Pairing];
